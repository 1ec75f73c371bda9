using System.Runtime.CompilerServices;
using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// A machine's network queue on virtual time: one thread delivers and takes, so a ring without a lock does. It holds
/// the slots of its messages in the run's <see cref="MessageSlots"/>, where a message sent to all is kept once for all
/// its recipients; a tick reads the message it takes where the run keeps it, and a message is copied out only for whoever takes
/// it through <see cref="IInbox"/>.
/// </summary>
internal sealed class QueueInbox(MessageSlots messages) : IInbox
{
    private int[] _ring = new int[16];
    private int _head;
    private int _count;
    private long _arrived;

    public int Count => _count;

    public long Arrived => Volatile.Read(ref _arrived);

    /// <summary>Keeps <paramref name="message"/> for this queue alone, and queues it.</summary>
    public void Deliver(in Message message) => Deliver(messages.Add(message, recipients: 1));

    /// <summary>Queues the message in <paramref name="slot"/>, which counts this queue among its recipients.</summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Deliver(int slot)
    {
        if (_count == _ring.Length)
        {
            Grow();
        }

        _ring[(_head + _count) & (_ring.Length - 1)] = slot;
        _count++;
        Volatile.Write(ref _arrived, _arrived + 1);
    }

    public bool TryTake(out Message message)
    {
        var taken = TryTake(out int slot);
        message = taken ? messages.Take(slot) : default;
        return taken;
    }

    /// <summary>Takes the slot of the oldest waiting message, if any: its recipient reads it there, then releases it.</summary>
    public bool TryTake(out int slot)
    {
        if (_count == 0)
        {
            slot = -1;
            return false;
        }

        slot = _ring[_head];
        _head = (_head + 1) & (_ring.Length - 1);
        _count--;
        return true;
    }

    public IReadOnlyList<Message> TakeRemaining()
    {
        var remaining = new Message[_count];
        for (var i = 0; i < remaining.Length; i++)
        {
            TryTake(out remaining[i]);
        }

        return remaining;
    }

    /// <summary>Doubles the ring (its length stays a power of two), the oldest slot first.</summary>
    private void Grow()
    {
        var larger = new int[_ring.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = _ring[(_head + i) & (_ring.Length - 1)];
        }

        _ring = larger;
        _head = 0;
    }
}
