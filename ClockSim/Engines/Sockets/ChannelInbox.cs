using System.Runtime.InteropServices;
using System.Threading.Channels;
using ClockSim.Model;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// A machine's network queue on real sockets: the connection readers put messages in from their threads the
/// moment they arrive, and the tick clock takes them out; the channel makes that safe without a lock. When the machine
/// takes a message, the vector of the one it took before goes back to <paramref name="vectors"/>, for the readers to
/// decode another into: the machine's tick merged it and keeps nothing of it.
/// </summary>
internal sealed class ChannelInbox(ReceivedVectors? vectors = null) : IInbox
{
    // Not single-reader: only the multi-reader unbounded channel can count its items, and the count is the queue length.
    private readonly Channel<Message> _queue = Channel.CreateUnbounded<Message>(
        new UnboundedChannelOptions { AllowSynchronousContinuations = false });

    private long _arrived;

    /// <summary>The vector of the message taken last, to give back at the next take.</summary>
    private long[]? _taken;

    public int Count => _queue.Reader.Count;

    public long Arrived => Interlocked.Read(ref _arrived);

    public void Deliver(in Message message)
    {
        _queue.Writer.TryWrite(message);
        Interlocked.Increment(ref _arrived);
    }

    public bool TryTake(out Message message)
    {
        if (_taken is { } done)
        {
            vectors?.Return(done);
            _taken = null;
        }

        if (!_queue.Reader.TryRead(out message))
        {
            return false;
        }

        if (vectors is not null && MemoryMarshal.TryGetArray(message.Vector, out var segment))
        {
            _taken = segment.Array;
        }

        return true;
    }

    public IReadOnlyList<Message> TakeRemaining()
    {
        var remaining = new List<Message>();
        while (_queue.Reader.TryRead(out var message))
        {
            remaining.Add(message);
        }

        return remaining;
    }
}
