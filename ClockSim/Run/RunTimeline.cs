using System.Runtime.CompilerServices;
using ClockSim.Machines;
using ClockSim.Model;

namespace ClockSim.Run;

/// <summary>
/// The run's shared instants on the run's clock: the start every machine's ticks count from, and the end
/// with its reason. The run's clock is real time for the socket engine and simulated time for the virtual
/// engine; the wall clock beside it says how long the run really took. Written by the coordinator, read by
/// everyone else. The two conversions of every tick are marked for inlining into the virtual engine's loop: the build runs
/// without the runtime's profile-guided optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class RunTimeline(TimeProvider runClock, TimeProvider wallClock) : IRunClock
{
    private readonly double _timestampsPerMs = runClock.TimestampFrequency / 1000.0;

    /// <summary>Whether the run's clock counts nanoseconds (the virtual clock does): then a timestamp needs no conversion to them.</summary>
    private readonly bool _countsNanoseconds = runClock.TimestampFrequency == TickPhase.NanosecondsPerSecond;
    private long _startTimestamp;
    private long _wallStartTimestamp;
    private double _wallSeconds;
    private volatile bool _started;

    public bool Started => _started;

    public DateTimeOffset? StartUtc { get; private set; }

    public DateTimeOffset? EndUtc { get; private set; }

    public EndReason? EndReason { get; private set; }

    /// <summary>Real seconds the run took, from its start to its end.</summary>
    public double WallSeconds => EndReason is null && _started ? wallClock.GetElapsedTime(_wallStartTimestamp).TotalSeconds : _wallSeconds;

    public void Start(long startTimestamp)
    {
        _startTimestamp = startTimestamp;
        StartUtc = runClock.GetUtcNow();
        _wallStartTimestamp = wallClock.GetTimestamp();
        _started = true;
    }

    public void End(EndReason reason)
    {
        EndUtc = runClock.GetUtcNow();
        _wallSeconds = _started ? wallClock.GetElapsedTime(_wallStartTimestamp).TotalSeconds : 0;
        EndReason = reason;
    }

    /// <summary>Milliseconds from the start instant to <paramref name="timestamp"/> of the run's clock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double ElapsedMs(long timestamp) => (timestamp - _startTimestamp) / _timestampsPerMs;

    /// <summary>The run clock's timestamp <paramref name="elapsedMs"/> after the start instant, the inverse of <see cref="ElapsedMs"/>.</summary>
    public long TimestampAt(double elapsedMs) => _startTimestamp + (long)Math.Round(elapsedMs * _timestampsPerMs);

    /// <summary>Whole nanoseconds from the start instant to <paramref name="timestamp"/> of the run's clock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ElapsedNanoseconds(long timestamp) => _countsNanoseconds ? timestamp - _startTimestamp : ConvertedToNanoseconds(timestamp - _startTimestamp);

    /// <summary>
    /// <paramref name="elapsed"/> timestamps of a run's clock that does not count nanoseconds, in them; kept out of
    /// <see cref="ElapsedNanoseconds"/>, which runs on every tick, so that it stays small enough to inline.
    /// </summary>
    private long ConvertedToNanoseconds(long elapsed) => (long)((Int128)elapsed * TickPhase.NanosecondsPerSecond / runClock.TimestampFrequency);

    /// <summary>The run clock's timestamp <paramref name="nanoseconds"/> after <paramref name="timestamp"/>.</summary>
    public long TimestampAfter(long timestamp, long nanoseconds) =>
        timestamp + (long)((Int128)nanoseconds * runClock.TimestampFrequency / TickPhase.NanosecondsPerSecond);

    /// <summary>The UTC time of an event <paramref name="elapsedMs"/> after the start: the start's UTC time plus the time elapsed since.</summary>
    public DateTimeOffset SystemTimeAt(double elapsedMs) =>
        StartUtc.GetValueOrDefault() + TimeSpan.FromTicks((long)Math.Round(elapsedMs * TimeSpan.TicksPerMillisecond));

    /// <summary>Seconds of the run's clock since the start, or the whole run once it has ended.</summary>
    public double ElapsedSeconds =>
        !_started ? 0
        : EndUtc is { } end && StartUtc is { } start ? (end - start).TotalSeconds
        : ElapsedMs(runClock.GetTimestamp()) / 1000;
}
