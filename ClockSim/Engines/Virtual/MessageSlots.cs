using System.Runtime.CompilerServices;
using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// The messages of a virtual run between their send and their last recipient's take, each kept once however many
/// recipients it has: its delivery and every queue it joins hold the number of its slot, not a copy of it (a message
/// holds a reference, so each copy into a queue's array costs a write barrier besides its eighty bytes). A slot counts
/// the recipients yet to take its message and is reused once the last has; the reads of the vector clock the message
/// carries are then reported to the run's <see cref="VectorSnapshots"/>, all at once rather than one call per recipient, and
/// without the recipients that copied the message out (and so keep a view of that vector). For one thread: the virtual engine's.
/// </summary>
internal sealed class MessageSlots(VectorSnapshots vectors)
{
    private Message[] _messages = new Message[64];
    private int[] _pending = new int[64];
    private int[] _readInPlace = new int[64];
    private readonly Stack<int> _free = new();
    private int _used;

    /// <summary>The message in <paramref name="slot"/>.</summary>
    public ref readonly Message this[int slot] => ref _messages[slot];

    /// <summary>Keeps <paramref name="message"/> for <paramref name="recipients"/> takes; returns its slot.</summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Add(in Message message, int recipients)
    {
        if (!_free.TryPop(out var slot))
        {
            if (_used == _messages.Length)
            {
                Array.Resize(ref _messages, _used * 2);
                Array.Resize(ref _pending, _used * 2);
                Array.Resize(ref _readInPlace, _used * 2);
            }

            slot = _used++;
        }

        _messages[slot] = message;
        _pending[slot] = recipients;
        _readInPlace[slot] = 0;
        return slot;
    }

    /// <summary>Copies the message in <paramref name="slot"/> for one of its recipients; after the last, the slot is free.</summary>
    public Message Take(int slot)
    {
        var message = _messages[slot];
        Leave(slot);
        return message;
    }

    /// <summary>
    /// One of its recipients is done with the message in <paramref name="slot"/>, which it read where it is kept (through the
    /// indexer) rather than from a copy; after the last, the slot is free.
    /// </summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Release(int slot)
    {
        _readInPlace[slot]++;
        Leave(slot);
    }

    /// <summary>One recipient fewer waits for the message in <paramref name="slot"/>; after the last, its vector's reads are reported and the slot is free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave(int slot)
    {
        if (--_pending[slot] == 0)
        {
            vectors.Read(_messages[slot].Vector, _readInPlace[slot]);
            _free.Push(slot);
        }
    }
}
