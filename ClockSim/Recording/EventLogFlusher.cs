namespace ClockSim.Recording;

/// <summary>
/// One timer for every streaming event log of a run: every <see cref="WriteInterval"/> it writes each open log's queued
/// events to its file, and sooner once <see cref="EarlyWriteAt"/> events wait, so a fast run's queue stays short. A
/// few wake-ups for the whole run, not a few per machine: a slow run's process sleeps between its ticks.
/// </summary>
internal sealed class EventLogFlusher(TimeProvider time)
{
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(2);

    /// <summary>The events queued in all the logs together since the last write that start the next write at once.</summary>
    public const int EarlyWriteAt = 8192;

    private readonly Lock _gate = new();
    private readonly List<StreamingEventLog> _logs = [];
    private ITimer? _timer;
    private int _queued;

    /// <summary>Counts an event queued by a log; the <see cref="EarlyWriteAt"/>-th since the last write starts a write.</summary>
    public void Queued()
    {
        if (Interlocked.Increment(ref _queued) == EarlyWriteAt)
        {
            lock (_gate)
            {
                _timer?.Change(TimeSpan.Zero, WriteInterval);
            }
        }
    }

    /// <summary>Starts writing <paramref name="log"/> every interval; the first log starts the timer.</summary>
    public void Add(StreamingEventLog log)
    {
        lock (_gate)
        {
            _logs.Add(log);
            _timer ??= time.CreateTimer(_ => WriteAll(), null, WriteInterval, WriteInterval);
        }
    }

    /// <summary>Stops writing <paramref name="log"/>; once the last log is gone, the timer stops, after a write in progress.</summary>
    public async Task RemoveAsync(StreamingEventLog log)
    {
        ITimer? stopped = null;
        lock (_gate)
        {
            _logs.Remove(log);
            if (_logs.Count == 0)
            {
                (stopped, _timer) = (_timer, null);
            }
        }

        if (stopped is not null)
        {
            await stopped.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void WriteAll()
    {
        Volatile.Write(ref _queued, 0);
        StreamingEventLog[] logs;
        lock (_gate)
        {
            logs = [.. _logs];
        }

        foreach (var log in logs)
        {
            log.WritePending();
        }
    }
}
