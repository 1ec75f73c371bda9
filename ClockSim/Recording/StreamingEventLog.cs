using System.Runtime.InteropServices;
using System.Threading.Channels;
using ClockSim.Model;

namespace ClockSim.Recording;

/// <summary>
/// Streams one machine's events to its CSV as the run goes, off the tick path: a tick only queues its event, and the
/// run's <see cref="EventLogFlusher"/> takes every queued event to the file every few seconds (sooner when many wait)
/// and flushes it. A crash leaves the rows written so far in the partial file.
/// </summary>
internal sealed class StreamingEventLog(CsvEventLog file, EventLogFlusher flusher) : IEventLog
{
    /// <summary>
    /// Never full in practice. A bounded channel keeps its items in one array that grows and is reused, so a long run allocates
    /// nothing per event for the queue; an unbounded one allocates a new segment as it goes.
    /// </summary>
    private static readonly BoundedChannelOptions Unlimited = new(int.MaxValue) { SingleReader = true, SingleWriter = true };

    private readonly Channel<MachineEvent> _pending = Channel.CreateBounded<MachineEvent>(Unlimited);

    /// <summary>The vector copies the file has written, for the next events to reuse.</summary>
    private readonly Channel<long[]> _spareVectors = Channel.CreateBounded<long[]>(Unlimited);

    private readonly Lock _writing = new();

    public string FilePath => file.FilePath;

    public void Open()
    {
        file.Open();
        flusher.Add(this);
    }

    /// <summary>
    /// Queues an event for the file, with a copy of its vector clock (which the next tick changes) in an array the file has
    /// finished with; never blocks the caller.
    /// </summary>
    public void Record(in MachineEvent e)
    {
        var vector = e.Vector.Span;
        if (vector.IsEmpty)
        {
            _pending.Writer.TryWrite(e);
        }
        else
        {
            if (!_spareVectors.Reader.TryRead(out var copy) || copy.Length != vector.Length)
            {
                copy = new long[vector.Length];
            }

            vector.CopyTo(copy);
            _pending.Writer.TryWrite(e with { Vector = copy });
        }

        flusher.Queued();
    }

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
                if (MemoryMarshal.TryGetArray(e.Vector, out var copy) && copy.Array is { Length: > 0 } array)
                {
                    _spareVectors.Writer.TryWrite(array);
                }
            }

            if (written)
            {
                file.Flush();
            }
        }
    }
}
