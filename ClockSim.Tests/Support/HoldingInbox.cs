using ClockSim.Engines.Sockets;
using ClockSim.Model;

namespace ClockSim.Tests.Support;

/// <summary>
/// A machine's queue that, once armed, holds the reader delivering the next message from one sender until released:
/// a connection reader stuck behind, as a loaded machine can leave one, on purpose.
/// </summary>
internal sealed class HoldingInbox(int sender) : IInbox, IDisposable
{
    private readonly ChannelInbox _queue = new();
    private readonly ManualResetEventSlim _released = new(initialState: false);
    private readonly TaskCompletionSource<long> _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _armed;

    /// <summary>Completes with the sequence of the message held, when a reader is held.</summary>
    public Task<long> Holding => _holding.Task;

    public int Count => _queue.Count;

    public long Arrived => _queue.Arrived;

    /// <summary>Holds the next message from the sender, and its reader with it.</summary>
    public void Arm() => _armed = true;

    /// <summary>Lets the held reader go on.</summary>
    public void Release() => _released.Set();

    public void Deliver(in Message message)
    {
        if (_armed && message.Sender == sender && _holding.TrySetResult(message.Sequence))
        {
            _released.Wait();
        }

        _queue.Deliver(message);
    }

    public bool TryTake(out Message message) => _queue.TryTake(out message);

    public IReadOnlyList<Message> TakeRemaining() => _queue.TakeRemaining();

    public void Dispose() => _released.Dispose();
}
