namespace ClockSim.Run;

/// <summary>
/// The run's shared instants: the start every machine's ticks count from, and the end with its
/// reason. Written by the coordinator, read by everyone else.
/// </summary>
internal sealed class RunTimeline(TimeProvider time)
{
    private long _startTimestamp;
    private volatile bool _started;

    public bool Started => _started;

    public DateTimeOffset? StartUtc { get; private set; }

    public DateTimeOffset? EndUtc { get; private set; }

    public EndReason? EndReason { get; private set; }

    public void Start(long startTimestamp)
    {
        _startTimestamp = startTimestamp;
        StartUtc = time.GetUtcNow();
        _started = true;
    }

    public void End(EndReason reason)
    {
        EndUtc = time.GetUtcNow();
        EndReason = reason;
    }

    /// <summary>Milliseconds from the start instant to <paramref name="timestamp"/>.</summary>
    public double ElapsedMs(long timestamp) => time.GetElapsedTime(_startTimestamp, timestamp).TotalMilliseconds;

    /// <summary>Real seconds since the start, or the whole run once it has ended.</summary>
    public double ElapsedSeconds =>
        !_started ? 0
        : EndUtc is { } end && StartUtc is { } start ? (end - start).TotalSeconds
        : time.GetElapsedTime(_startTimestamp).TotalSeconds;
}
