namespace ClockSim.Recording;

/// <summary>
/// One timer for every streaming event log of a run: twice a second it writes each open log's queued events to its
/// file. One wake-up per interval for the whole run, not one per machine.
/// </summary>
internal sealed class EventLogFlusher(TimeProvider time)
{
    public static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly List<StreamingEventLog> _logs = [];
    private ITimer? _timer;

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
