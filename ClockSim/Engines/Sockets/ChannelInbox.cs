using System.Threading.Channels;
using ClockSim.Model;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// A machine's network queue on real sockets: the connection readers put messages in from their threads the
/// moment they arrive, and the tick clock takes them out; the channel makes that safe without a lock.
/// </summary>
internal sealed class ChannelInbox : IInbox
{
    // Not single-reader: only the multi-reader unbounded channel can count its items, and the count is the queue length.
    private readonly Channel<Message> _queue = Channel.CreateUnbounded<Message>(
        new UnboundedChannelOptions { AllowSynchronousContinuations = false });

    private long _arrived;

    public int Count => _queue.Reader.Count;

    public long Arrived => Interlocked.Read(ref _arrived);

    public void Deliver(in Message message)
    {
        _queue.Writer.TryWrite(message);
        Interlocked.Increment(ref _arrived);
    }

    public bool TryTake(out Message message) => _queue.Reader.TryRead(out message);

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
