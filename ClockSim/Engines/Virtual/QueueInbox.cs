using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>A machine's network queue on virtual time: one thread delivers and takes, so a plain queue does.</summary>
internal sealed class QueueInbox : IInbox
{
    private readonly Queue<Message> _queue = new();
    private long _arrived;

    public int Count => _queue.Count;

    public long Arrived => Volatile.Read(ref _arrived);

    public void Deliver(in Message message)
    {
        _queue.Enqueue(message);
        Volatile.Write(ref _arrived, _arrived + 1);
    }

    public bool TryTake(out Message message) => _queue.TryDequeue(out message);

    public IReadOnlyList<Message> TakeRemaining()
    {
        var remaining = _queue.ToArray();
        _queue.Clear();
        return remaining;
    }
}
