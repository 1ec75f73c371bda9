namespace ClockSim.Analysis.Statistics;

/// <summary>
/// The time-weighted mean of one machine's queue over [0, horizon], taken as its rows come in file order: each row's
/// length holds from its time until the next row's (the last row's until the horizon), and the queue is 0 before the
/// first row.
/// </summary>
internal sealed class QueueArea(double horizonMs)
{
    private double _area;
    private bool _started;
    private double _since;
    private int _queue;

    public void Add(double elapsedMs, int queue)
    {
        if (_started)
        {
            _area += Held(elapsedMs);
        }

        _started = true;
        _since = elapsedMs;
        _queue = queue;
    }

    /// <summary>The mean over [0, horizon]; not a number for a horizon that is not above 0.</summary>
    public double Mean() => horizonMs > 0 ? (_started ? _area + Held(horizonMs) : _area) / horizonMs : double.NaN;

    /// <summary>The area of the last row's length, held until <paramref name="until"/> but not past the horizon.</summary>
    private double Held(double until) => _queue * Math.Max(0, Math.Min(until, horizonMs) - _since);
}
