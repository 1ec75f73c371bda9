namespace ClockSim.Bench;

/// <summary>
/// How closely one machine's ticks kept to their schedule: tick k is ideally at k / rate seconds after
/// the start, and its lateness is how much later its row says it ran.
/// </summary>
internal sealed class TickFidelity(double rate)
{
    private readonly List<double> _latenessMs = [];
    private long _ticks;

    public IReadOnlyList<double> LatenessMs => _latenessMs;

    public long Ticks => _ticks;

    /// <summary>Ticks that ran more than one period late.</summary>
    public long Late { get; private set; }

    public void Add(long tick, double elapsedMs)
    {
        var lateness = elapsedMs - tick * 1000.0 / rate;
        _latenessMs.Add(lateness);
        _ticks++;
        if (lateness > 1000.0 / rate)
        {
            Late++;
        }
    }

    /// <summary>Ticks the schedule holds in <paramref name="elapsedSeconds"/>.</summary>
    public long Expected(double elapsedSeconds) => (long)Math.Floor(rate * elapsedSeconds + 1e-6);

    /// <summary>Ticks done minus rate × elapsed: 0 for a perfect machine, within ±1 by the target.</summary>
    public double CountError(double elapsedSeconds) => _ticks - rate * elapsedSeconds;

    public static double Quantile(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Clamp(Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
