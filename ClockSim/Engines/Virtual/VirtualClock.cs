using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// Simulated time, in nanoseconds since the run's start: it stands still while an event runs and jumps to the
/// next event's instant. Its UTC time is <see cref="Epoch"/> plus the simulated time, so a virtual run's files
/// depend on its options and seed alone, never on when it ran. Only read through this provider: nothing
/// waits on it, so it makes no timers.
/// </summary>
internal sealed class VirtualClock : TimeProvider
{
    /// <summary>The UTC instant a virtual run starts at: 2000-01-01T00:00:00Z, plainly not a real date.</summary>
    public static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const long NanosecondsPerSecond = TickPhase.NanosecondsPerSecond;

    private long _now;

    public override long TimestampFrequency => NanosecondsPerSecond;

    /// <summary>Nanoseconds since the start.</summary>
    public override long GetTimestamp() => Volatile.Read(ref _now);

    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(GetTimestamp() / (NanosecondsPerSecond / TimeSpan.TicksPerSecond));

    /// <summary>Moves time forward to <paramref name="nanoseconds"/>; time never goes back.</summary>
    public void AdvanceTo(long nanoseconds)
    {
        if (nanoseconds < _now)
        {
            ThrowGoingBack(nanoseconds);
        }

        Volatile.Write(ref _now, nanoseconds);
    }

    /// <summary>Kept out of <see cref="AdvanceTo"/>, which runs before every event, so that it stays small enough to inline.</summary>
    private void ThrowGoingBack(long nanoseconds) =>
        throw new ArgumentOutOfRangeException(nameof(nanoseconds), nanoseconds, $"Virtual time is already at {_now} ns; it never goes back.");
}
