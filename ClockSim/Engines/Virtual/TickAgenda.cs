using System.Runtime.CompilerServices;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// Every machine's next tick, earliest first: single longs, each the tick's instant and the machine's index packed together
/// (instant × 2048 + index), kept sorted between a head and a tail. Comparing two longs then orders ticks by instant and, at
/// the same instant, by machine id, with no tie-break to carry and no element to move beside its key. The earliest is taken
/// from the head; a machine's next tick goes in from the tail, where it mostly belongs: it is one period after its last, so
/// with one rate for all it is nearly always the latest, and goes on the end after a single comparison. Otherwise it finds
/// its place by binary search and the later ticks move up one: at most one entry per machine, no more than the vector clock
/// a tick of that run already reads. The sorted run drifts towards the end of an array twice the machines' number, and
/// moves back to its start when it reaches the end.
/// The steps the engine takes after every tick are marked for inlining into its loop: the build runs without the runtime's
/// profile-guided optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class TickAgenda
{
    /// <summary>Machines an agenda can order: the index takes the low 11 bits.</summary>
    public const int MaxMachines = 1 << IndexBits;

    /// <summary>The latest instant a tick can have: 2⁵² ns, about 52 days.</summary>
    public const long MaxTime = long.MaxValue >> IndexBits;

    private const int IndexBits = 11;
    private const long IndexMask = MaxMachines - 1;

    private readonly long[] _keys;
    private int _head;
    private int _tail;

    public TickAgenda(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, MaxMachines);
        _keys = new long[Math.Max(2 * capacity, 1)];
    }

    public int Count => _tail - _head;

    /// <summary>The instant of the earliest tick; only when <see cref="Count"/> is above 0.</summary>
    public long NextTime => _keys[_head] >> IndexBits;

    /// <summary>The machine of the earliest tick; only when <see cref="Count"/> is above 0.</summary>
    public int NextMachine
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(_keys[_head] & IndexMask);
    }

    public void Add(long time, int machineIndex) => Insert(Pack(time, machineIndex));

    /// <summary>Replaces the earliest tick with the same machine's next one, at <paramref name="time"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReplaceNext(long time)
    {
        var key = Pack(time, NextMachine);
        _head++;
        Insert(key);
    }

    /// <summary>Removes the earliest tick: its machine has no tick left before the end.</summary>
    public void RemoveNext() => _head++;

    public void Clear()
    {
        _head = 0;
        _tail = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Pack(long time, int machineIndex)
    {
        if ((ulong)time > MaxTime)
        {
            ThrowTooLate(time);
        }

        return (time << IndexBits) | (long)machineIndex;
    }

    /// <summary>Kept out of <see cref="Pack"/>, which runs after every tick, so that it stays small enough to inline.</summary>
    private static void ThrowTooLate(long time) =>
        throw new ArgumentOutOfRangeException(nameof(time), time, "A virtual run's ticks must fall within 2^52 ns of its start.");

    /// <summary>Puts <paramref name="key"/> in its place: at the tail when it is the latest, as it nearly always is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Insert(long key)
    {
        if (_tail == _keys.Length)
        {
            MoveToStart();
        }

        if (_tail == _head || _keys[_tail - 1] < key)
        {
            _keys[_tail++] = key;
        }
        else
        {
            InsertBefore(key);
        }
    }

    /// <summary>Puts <paramref name="key"/>, earlier than the latest tick, in its place; the later ticks move up one.</summary>
    private void InsertBefore(long key)
    {
        // Keys are unique (one per machine), so the search never finds the key and its complement is where it goes.
        var at = ~Array.BinarySearch(_keys, _head, _tail - _head, key);
        Array.Copy(_keys, at, _keys, at + 1, _tail - at);
        _keys[at] = key;
        _tail++;
    }

    /// <summary>Moves the sorted run from the array's end back to its start: it holds at most half the array.</summary>
    private void MoveToStart()
    {
        var count = Count;
        Array.Copy(_keys, _head, _keys, 0, count);
        _head = 0;
        _tail = count;
    }
}
