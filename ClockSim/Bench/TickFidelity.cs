namespace ClockSim.Bench;

/// <summary>
/// How closely one machine's ticks kept to their schedule over a run of a given length: tick k is
/// ideally k / rate seconds after the start, and its lateness is how much later its row says it ran.
/// </summary>
internal sealed class TickFidelity(double rate, double durationSeconds)
{
    private readonly List<double> _latenessMs = [];
    private readonly double _periodMs = 1000.0 / rate;
    private long _withinRun;

    public IReadOnlyList<double> LatenessMs => _latenessMs;

    public long Ticks => _latenessMs.Count;

    /// <summary>rate × duration: the ticks the schedule holds.</summary>
    public long Expected { get; } = (long)Math.Floor(rate * (durationSeconds + 1e-6));

    /// <summary>Ticks the run did not do before it ended (a tick due at the very end has one period of grace).</summary>
    public long Missed => Math.Max(0, Expected - _withinRun);

    /// <summary>Ticks that ran more than one period after their ideal instant: later than the next tick's.</summary>
    public long Late { get; private set; }

    /// <summary>Ticks done minus rate × duration: 0 for a machine that keeps its rate exactly.</summary>
    public double CountError => Ticks - rate * durationSeconds;

    public void Add(long tick, double elapsedMs)
    {
        var lateness = elapsedMs - tick * _periodMs;
        _latenessMs.Add(lateness);
        if (lateness > _periodMs)
        {
            Late++;
        }

        if (elapsedMs <= durationSeconds * 1000 + _periodMs)
        {
            _withinRun++;
        }
    }
}
