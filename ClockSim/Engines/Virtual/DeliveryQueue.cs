using System.Runtime.CompilerServices;
using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// The messages on their way, taken in order of arrival instant, and at equal instants in the order they were
/// sent. When every message takes the same time (the default network), arrivals come in send order and a plain
/// queue keeps them; a delivery that would arrive before the last one queued (a network whose delays vary) goes
/// to a priority queue instead, and the two are merged as they are taken. The next arrival's instant is kept
/// as deliveries come and go, since the engine asks for it before every tick.
/// </summary>
internal sealed class DeliveryQueue
{
    private readonly Queue<Delivery> _inOrder = new();
    private readonly PriorityQueue<Delivery, (long Time, long Sequence)> _overtaking = new();
    private long _lastQueuedTime = long.MinValue;
    private long _sequence;
    private long _nextTime = long.MaxValue;

    public int Count => _inOrder.Count + _overtaking.Count;

    /// <summary>Queues the message in <paramref name="slot"/> to arrive at <paramref name="time"/> at every machine of <paramref name="recipients"/>.</summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(long time, MachineSet recipients, int slot)
    {
        var delivery = new Delivery(time, _sequence++, recipients, slot);
        if (time >= _lastQueuedTime)
        {
            _inOrder.Enqueue(delivery);
            _lastQueuedTime = time;
        }
        else
        {
            _overtaking.Enqueue(delivery, (time, delivery.Sequence));
        }

        _nextTime = Math.Min(_nextTime, time);
    }

    /// <summary>The instant of the next arrival, if any message is on its way.</summary>
    public bool TryPeekTime(out long time)
    {
        time = _nextTime;
        return Count > 0;
    }

    /// <summary>Takes the next arrival.</summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Delivery Take()
    {
        var taken = _overtaking.Count > 0 && (_inOrder.Count == 0 || Before(_overtaking.Peek(), _inOrder.Peek()))
            ? _overtaking.Dequeue()
            : _inOrder.Dequeue();
        _nextTime = Math.Min(
            _inOrder.TryPeek(out var inOrder) ? inOrder.Time : long.MaxValue,
            _overtaking.TryPeek(out var overtaking, out _) ? overtaking.Time : long.MaxValue);
        return taken;
    }

    private static bool Before(in Delivery a, in Delivery b) => a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);
}
