namespace ClockSim.Analysis.Statistics;

/// <summary>
/// One machine's step functions over real time: after row k (at <see cref="TimeAt"/>) the clock is
/// <see cref="ClockAt"/> and the queue <see cref="QueueAt"/> until the next row; before the first row
/// both are 0. Kept as three primitive arrays, 20 bytes a row, for drift and the charts.
/// </summary>
/// <param name="capacity">The rows it expects: given them all, it never grows (a million rows would otherwise leave twice their size in garbage).</param>
internal sealed class MachineTimeline(int capacity = MachineTimeline.DefaultCapacity)
{
    private const int DefaultCapacity = 1024;

    private double[] _times = new double[Math.Max(capacity, 1)];
    private long[] _clocks = new long[Math.Max(capacity, 1)];
    private int[] _queues = new int[Math.Max(capacity, 1)];

    public int Count { get; private set; }

    public double TimeAt(int index) => _times[index];

    public long ClockAt(int index) => _clocks[index];

    public int QueueAt(int index) => _queues[index];

    /// <summary>The time of the last row, or 0 when there is none.</summary>
    public double LastTime => Count > 0 ? _times[Count - 1] : 0;

    public void Add(double elapsedMs, long clock, int queue)
    {
        if (Count == _times.Length)
        {
            Array.Resize(ref _times, Count * 2);
            Array.Resize(ref _clocks, Count * 2);
            Array.Resize(ref _queues, Count * 2);
        }

        _times[Count] = elapsedMs;
        _clocks[Count] = clock;
        _queues[Count] = queue;
        Count++;
    }

    /// <summary>How many rows happened at or before <paramref name="elapsedMs"/> (the rows are in time order).</summary>
    public int RowsAtOrBefore(double elapsedMs)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_times[middle] <= elapsedMs)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The time-weighted mean of the queue over [0, <paramref name="horizonMs"/>].</summary>
    public double TimeWeightedQueue(double horizonMs)
    {
        if (!(horizonMs > 0))
        {
            return double.NaN;
        }

        double area = 0;
        for (var i = 0; i < Count; i++)
        {
            var until = i + 1 < Count ? _times[i + 1] : horizonMs;
            area += _queues[i] * Math.Max(0, Math.Min(until, horizonMs) - _times[i]);
        }

        return area / horizonMs;
    }
}
