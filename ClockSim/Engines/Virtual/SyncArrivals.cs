using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>The clocks' synchronisation messages on their way on virtual time, taken in order of arrival, and at equal instants in the order they were sent.</summary>
internal sealed class SyncArrivals
{
    private readonly PriorityQueue<SyncMessage, (long Time, long Sequence)> _queue = new();
    private long _sequence;

    public void Add(long time, in SyncMessage message) => _queue.Enqueue(message, (time, _sequence++));

    /// <summary>The instant of the next arrival, if any message is on its way.</summary>
    public bool TryPeekTime(out long time)
    {
        var any = _queue.TryPeek(out _, out var priority);
        time = priority.Time;
        return any;
    }

    public SyncMessage Take() => _queue.Dequeue();
}
