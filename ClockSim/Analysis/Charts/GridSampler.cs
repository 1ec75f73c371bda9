namespace ClockSim.Analysis.Charts;

/// <summary>
/// One machine's clock and queue on a grid of instants, sampled as its rows come in file order: the clock at each instant
/// is the value after the last row at or before it (0 before the first row), the queue the largest length in each interval
/// (g[k−1], g[k]], counting the length held from before it, so a burst between two instants still shows. A row later
/// than the next instant closes the instants it passes first; a row past the last instant, or one whose time is not a
/// number, closes them all and the rows after it are not taken, as a walk of the rows and the grid together would stop there.
/// </summary>
internal sealed class GridSampler(IReadOnlyList<double> gridMs)
{
    private readonly double[] _clocks = new double[gridMs.Count];
    private readonly double[] _queues = new double[gridMs.Count];
    private int _next;
    private long _clock;
    private int _held;
    private int _peak;

    public void Add(double elapsedMs, long clock, int queue)
    {
        while (_next < gridMs.Count && !(elapsedMs <= gridMs[_next]))
        {
            Close();
        }

        if (_next < gridMs.Count)
        {
            _clock = clock;
            _held = queue;
            _peak = Math.Max(_peak, queue);
        }
    }

    /// <summary>The clock and the largest queue at each instant, once every row has been added.</summary>
    public (double[] Clocks, double[] Queues) Complete()
    {
        while (_next < gridMs.Count)
        {
            Close();
        }

        return (_clocks, _queues);
    }

    private void Close()
    {
        _clocks[_next] = _clock;
        _queues[_next] = _peak;
        _peak = _held;
        _next++;
    }
}
