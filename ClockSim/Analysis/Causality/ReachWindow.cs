namespace ClockSim.Analysis.Causality;

/// <summary>
/// One machine's followed events from the oldest whose reach has not completed to the newest any machine has reached:
/// each with its time, the latest time it reached a machine, and how many machines it has reached. A ring that grows
/// when it is full, indexed by the event's place among the followed ones.
/// </summary>
internal sealed class ReachWindow
{
    private const int FirstCapacity = 64;

    private double[] _timeMs = new double[FirstCapacity];
    private double[] _reachedMs = new double[FirstCapacity];
    private int[] _reachedBy = new int[FirstCapacity];
    private long _start;
    private long _end;

    public void SetTime(long index, double timeMs)
    {
        Extend(index);
        _timeMs[Slot(index)] = timeMs;
    }

    /// <summary>Events <paramref name="first"/> … <paramref name="last"/> reach one more machine at <paramref name="timeMs"/>.</summary>
    public void Reach(long first, long last, double timeMs)
    {
        if (first > last)
        {
            return;
        }

        Extend(last);
        for (var k = Math.Max(first, _start); k <= last; k++)
        {
            var slot = Slot(k);
            _reachedMs[slot] = Math.Max(_reachedMs[slot], timeMs);
            _reachedBy[slot]++;
        }
    }

    /// <summary>
    /// Takes the oldest event out when it is among the first <paramref name="observed"/> and has reached
    /// <paramref name="machines"/> machines, with its reach time.
    /// </summary>
    public bool TryRetire(int machines, long observed, out double reachMs)
    {
        reachMs = 0;
        if (_start >= _end || _start >= observed || _reachedBy[Slot(_start)] != machines)
        {
            return false;
        }

        var slot = Slot(_start++);
        reachMs = _reachedMs[slot] - _timeMs[slot];
        (_timeMs[slot], _reachedMs[slot], _reachedBy[slot]) = (0, 0, 0);
        return true;
    }

    /// <summary>The events still in the window, among the first <paramref name="observed"/>, that have reached <paramref name="machines"/> machines.</summary>
    public IEnumerable<(double TimeMs, double ReachedMs)> ReachedBy(int machines, long observed)
    {
        for (var k = _start; k < Math.Min(_end, observed); k++)
        {
            if (_reachedBy[Slot(k)] == machines)
            {
                yield return (_timeMs[Slot(k)], _reachedMs[Slot(k)]);
            }
        }
    }

    private int Slot(long index) => (int)(index & (_timeMs.Length - 1));

    /// <summary>Makes room for events up to <paramref name="index"/>, doubling the ring while it is too small.</summary>
    private void Extend(long index)
    {
        if (index < _end)
        {
            return;
        }

        var needed = index + 1 - _start;
        if (needed > _timeMs.Length)
        {
            var capacity = _timeMs.Length;
            while (capacity < needed)
            {
                capacity *= 2;
            }

            (_timeMs, _reachedMs, _reachedBy) = (Grow(_timeMs, capacity), Grow(_reachedMs, capacity), Grow(_reachedBy, capacity));
        }

        _end = index + 1;
    }

    private T[] Grow<T>(T[] ring, int capacity)
    {
        var grown = new T[capacity];
        for (var k = _start; k < _end; k++)
        {
            grown[k & (capacity - 1)] = ring[Slot(k)];
        }

        return grown;
    }
}
