using System.Threading.Channels;
using ClockSim.Model;

namespace ClockSim.Recording;

/// <summary>
/// Streams one machine's events to its CSV as the run goes, off the tick path: a tick only queues its event, and the
/// run's <see cref="EventLogFlusher"/> takes every queued event to the file twice a second and flushes it. A crash
/// leaves the rows recorded so far in the partial file.
/// </summary>
internal sealed class StreamingEventLog(CsvEventLog file, EventLogFlusher flusher) : IEventLog
{
    private readonly Channel<MachineEvent> _pending = Channel.CreateUnbounded<MachineEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly Lock _writing = new();

    public string FilePath => file.FilePath;

    public void Open()
    {
        file.Open();
        flusher.Add(this);
    }

    /// <summary>Queues an event (with a copy of its vector clock, which the next tick changes) for the file; never blocks the caller.</summary>
    public void Record(in MachineEvent e) => _pending.Writer.TryWrite(e with { Vector = e.Vector.ToArray() });

    public async Task CompleteAsync()
    {
        _pending.Writer.TryComplete();
        await flusher.RemoveAsync(this).ConfigureAwait(false);
        WritePending();
        await file.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>Writes every queued event to the file and flushes it, so a reader of the partial file sees them.</summary>
    public void WritePending()
    {
        lock (_writing)
        {
            var written = false;
            while (_pending.Reader.TryRead(out var e))
            {
                file.Record(e);
                written = true;
            }

            if (written)
            {
                file.Flush();
            }
        }
    }
}
