namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// The absolute schedule of a machine's ticks: tick k falls due at start + k / rate, computed from
/// the start every time, so no error accumulates however many ticks run. Timestamps are those of a
/// <see cref="TimeProvider"/> (<see cref="TimestampFrequency"/> units per second).
/// </summary>
internal readonly struct TickSchedule
{
    private readonly double _ticksPerTimestamp;

    public TickSchedule(double rate, long startTimestamp, long timestampFrequency)
    {
        if (!double.IsFinite(rate) || rate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A tick rate must be a positive number of ticks per second.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timestampFrequency);
        Rate = rate;
        StartTimestamp = startTimestamp;
        TimestampFrequency = timestampFrequency;
        _ticksPerTimestamp = rate / timestampFrequency;
    }

    public double Rate { get; }

    public long StartTimestamp { get; }

    public long TimestampFrequency { get; }

    /// <summary>The first timestamp at which tick <paramref name="tick"/> (from 1) is due: never early.</summary>
    public long DeadlineOf(long tick) => StartTimestamp + (long)Math.Ceiling((double)tick * TimestampFrequency / Rate);

    /// <summary>How many ticks are due by <paramref name="timestamp"/>.</summary>
    public long DueBy(long timestamp)
    {
        if (timestamp < StartTimestamp)
        {
            return 0;
        }

        // The floating-point estimate can be one off either way at a boundary; the deadlines decide.
        var due = (long)Math.Floor((timestamp - StartTimestamp) * _ticksPerTimestamp);
        while (DeadlineOf(due + 1) <= timestamp)
        {
            due++;
        }

        while (due > 0 && DeadlineOf(due) > timestamp)
        {
            due--;
        }

        return due;
    }
}
