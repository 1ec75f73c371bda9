using System.Runtime.CompilerServices;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// Every machine's next tick, earliest first: a binary min-heap of single longs, each the tick's instant and
/// the machine's index packed together (instant × 2048 + index). Comparing two longs then orders ticks by
/// instant and, at the same instant, by machine id, with no tie-break to carry and no element to move beside
/// its key. A machine's next tick replaces its last at the top, one sift instead of a removal and an insertion.
/// The slot just past the last tick always holds <see cref="Vacant"/>, later than any tick, so a sift compares
/// both children without asking whether the second exists, and picks the earlier without a branch to mispredict.
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

    /// <summary>What the slot past the last tick holds: no packed tick is later.</summary>
    private const long Vacant = long.MaxValue;

    private readonly long[] _heap;

    public TickAgenda(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, MaxMachines);
        _heap = new long[capacity + 1];
        _heap[0] = Vacant;
    }

    public int Count { get; private set; }

    /// <summary>The instant of the earliest tick; only when <see cref="Count"/> is above 0.</summary>
    public long NextTime => _heap[0] >> IndexBits;

    /// <summary>The machine of the earliest tick; only when <see cref="Count"/> is above 0.</summary>
    public int NextMachine
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)(_heap[0] & IndexMask);
    }

    public void Add(long time, int machineIndex)
    {
        var i = Count++;
        var key = Pack(time, machineIndex);
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_heap[parent] <= key)
            {
                break;
            }

            _heap[i] = _heap[parent];
            i = parent;
        }

        _heap[i] = key;
        _heap[Count] = Vacant;
    }

    /// <summary>Replaces the earliest tick with the same machine's next one, at <paramref name="time"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReplaceNext(long time) => SiftDown(Pack(time, NextMachine));

    /// <summary>Removes the earliest tick: its machine has no tick left before the end.</summary>
    public void RemoveNext()
    {
        var last = _heap[--Count];
        _heap[Count] = Vacant;
        if (Count > 0)
        {
            SiftDown(last);
        }
    }

    public void Clear()
    {
        Count = 0;
        _heap[0] = Vacant;
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

    private void SiftDown(long key)
    {
        var heap = _heap;
        var i = 0;
        var count = Count;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            // The second child is at most the vacant slot, so it can always be read; the earlier one is found by index, not by a jump.
            child += heap[child + 1] < heap[child] ? 1 : 0;
            var earlier = heap[child];
            if (key <= earlier)
            {
                break;
            }

            heap[i] = earlier;
            i = child;
        }

        heap[i] = key;
    }
}
