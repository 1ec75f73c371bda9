using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// A machine's <see cref="TickPlan"/> on a <see cref="TimeProvider"/>'s timestamps (<see cref="TimestampFrequency"/>
/// units per second) from a start timestamp: tick k is due at the first timestamp at or after its planned instant,
/// computed from the start every time, so no error accumulates however many ticks run.
/// </summary>
internal readonly struct TickSchedule(TickPlan plan, long startTimestamp, long timestampFrequency)
{
    public long TimestampFrequency { get; } = timestampFrequency > 0
        ? timestampFrequency
        : throw new ArgumentOutOfRangeException(nameof(timestampFrequency), timestampFrequency, "A timestamp frequency must be positive.");

    /// <summary>The first timestamp at which tick <paramref name="tick"/> (from 1) is due: never early.</summary>
    public long DeadlineOf(long tick)
    {
        if (TimestampFrequency == TickPhase.NanosecondsPerSecond)
        {
            return startTimestamp + plan.InstantOf(tick);
        }

        var scaled = (Int128)plan.InstantOf(tick) * TimestampFrequency;
        var whole = (long)(scaled / TickPhase.NanosecondsPerSecond);
        return startTimestamp + (scaled % TickPhase.NanosecondsPerSecond == 0 ? whole : whole + 1);
    }

    /// <summary>How many ticks are due by <paramref name="timestamp"/>.</summary>
    public long DueBy(long timestamp) =>
        timestamp < startTimestamp ? 0 : plan.CountBy((long)((Int128)(timestamp - startTimestamp) * TickPhase.NanosecondsPerSecond / TimestampFrequency));
}
