using ClockSim.Model;

namespace ClockSim.Bench;

/// <summary>
/// How closely one machine's ticks kept to their schedule over a run of a given length: tick k is due at its
/// <see cref="TickPlan"/> instant, and its lateness is how much later its row says it ran.
/// </summary>
internal sealed class TickFidelity
{
    private readonly List<double> _latenessMs = [];
    private readonly TickPlan _plan;
    private readonly double _rate;
    private readonly double _phaseMs;
    private readonly double _durationSeconds;
    private readonly double _periodMs;
    private long _withinRun;

    /// <param name="phaseMs">The machine's start phase (run.json's <c>phaseMs</c>).</param>
    public TickFidelity(double rate, double durationSeconds, double phaseMs = 0)
    {
        _rate = rate;
        _phaseMs = phaseMs;
        _durationSeconds = durationSeconds;
        _periodMs = 1000.0 / rate;
        _plan = new TickPlan(rate, (long)Math.Round(phaseMs * 1e6));
        Expected = _plan.CountBy((long)Math.Round(durationSeconds * TickPhase.NanosecondsPerSecond));
    }

    public IReadOnlyList<double> LatenessMs => _latenessMs;

    public long Ticks => _latenessMs.Count;

    /// <summary>The ticks the schedule holds: those due by the end.</summary>
    public long Expected { get; }

    /// <summary>Ticks the run did not do before it ended (a tick due at the very end has one period of grace).</summary>
    public long Missed => Math.Max(0, Expected - _withinRun);

    /// <summary>Ticks that ran more than one period after their ideal instant: later than the next tick's.</summary>
    public long Late { get; private set; }

    /// <summary>Ticks done minus rate × (duration − phase): within one of 0 for a machine that keeps its rate exactly.</summary>
    public double CountError => Ticks - (_rate * (_durationSeconds - (_phaseMs / 1000)));

    public void Add(long tick, double elapsedMs)
    {
        var lateness = elapsedMs - TickPhase.Milliseconds(_plan.InstantOf(tick));
        _latenessMs.Add(lateness);
        if (lateness > _periodMs)
        {
            Late++;
        }

        if (elapsedMs <= (_durationSeconds * 1000) + _periodMs)
        {
            _withinRun++;
        }
    }
}
