using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// The messages on their way, taken in order of arrival instant, and at equal instants in the order they were
/// sent. When every message takes the same time (the default network), arrivals come in send order and a plain
/// queue keeps them; a delivery that would arrive before the last one queued (a network whose delays vary) goes
/// to a priority queue instead, and the two are merged as they are taken.
/// </summary>
internal sealed class DeliveryQueue
{
    private readonly Queue<Delivery> _inOrder = new();
    private readonly PriorityQueue<Delivery, (long Time, long Sequence)> _overtaking = new();
    private long _lastQueuedTime = long.MinValue;
    private long _sequence;

    public int Count => _inOrder.Count + _overtaking.Count;

    public void Add(long time, int recipientIndex, in Message message)
    {
        var delivery = new Delivery(time, _sequence++, recipientIndex, message);
        if (time >= _lastQueuedTime)
        {
            _inOrder.Enqueue(delivery);
            _lastQueuedTime = time;
        }
        else
        {
            _overtaking.Enqueue(delivery, (time, delivery.Sequence));
        }
    }

    /// <summary>The instant of the next arrival, if any message is on its way.</summary>
    public bool TryPeekTime(out long time)
    {
        var any = _inOrder.TryPeek(out var inOrder);
        if (_overtaking.TryPeek(out var overtaking, out _) && (!any || Before(overtaking, inOrder)))
        {
            time = overtaking.Time;
            return true;
        }

        time = any ? inOrder.Time : 0;
        return any;
    }

    /// <summary>Takes the next arrival.</summary>
    public Delivery Take()
    {
        if (_overtaking.TryPeek(out var overtaking, out _) && (!_inOrder.TryPeek(out var inOrder) || Before(overtaking, inOrder)))
        {
            return _overtaking.Dequeue();
        }

        return _inOrder.Dequeue();
    }

    private static bool Before(in Delivery a, in Delivery b) => a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);
}
