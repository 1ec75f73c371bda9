using System.Threading.Channels;
using ClockSim.Model;

namespace ClockSim.Recording;

/// <summary>
/// Streams one machine's events to its CSV as the run goes, off the tick path: a tick only queues its
/// event, and twice a second a writer task takes every queued event to the file and flushes it (one
/// wake-up per interval, not one per event). A crash leaves the rows recorded so far in the partial file.
/// </summary>
internal sealed class StreamingEventLog(CsvEventLog file, TimeProvider time) : IEventLog
{
    private static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(500);

    private readonly Channel<MachineEvent> _pending = Channel.CreateUnbounded<MachineEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private Task _writer = Task.CompletedTask;
    private PeriodicTimer? _timer;

    public string FilePath => file.FilePath;

    public void Open()
    {
        file.Open();
        _timer = new PeriodicTimer(WriteInterval, time);
        _writer = WriteAsync(_timer);
    }

    /// <summary>Queues an event (with a copy of its vector clock, which the next tick changes) for the file; never blocks the caller.</summary>
    public void Record(in MachineEvent e) => _pending.Writer.TryWrite(e with { Vector = e.Vector.ToArray() });

    public async Task CompleteAsync()
    {
        _pending.Writer.TryComplete();

        // Disposing the timer ends the wait without an exception. Cancelling the wait instead threw one whose
        // stack trace loaded the PDB reader (System.Reflection.Metadata) into every run: about 2 MB for nothing.
        _timer?.Dispose();
        await _writer.ConfigureAwait(false);
        await file.CompleteAsync().ConfigureAwait(false);
    }

    private async Task WriteAsync(PeriodicTimer timer)
    {
        // The wait returns false once CompleteAsync disposes the timer; then what is left is written.
        while (await timer.WaitForNextTickAsync().ConfigureAwait(false))
        {
            await WritePendingAsync().ConfigureAwait(false);
        }

        await WritePendingAsync().ConfigureAwait(false);
    }

    private async Task WritePendingAsync()
    {
        var written = false;
        while (_pending.Reader.TryRead(out var e))
        {
            file.Record(e);
            written = true;
        }

        if (written)
        {
            await file.FlushAsync().ConfigureAwait(false);
        }
    }
}
