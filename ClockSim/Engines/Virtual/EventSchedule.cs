using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// The virtual engine's agenda: every tick and delivery still to come, taken earliest first. The tie-break at
/// equal instants is part of each <see cref="EventKey"/> (a priority queue alone does not keep insertion order),
/// so the order of events never depends on anything but the run's options and seed.
/// </summary>
internal sealed class EventSchedule
{
    private readonly PriorityQueue<ScheduledEvent, EventKey> _queue = new();
    private long _sendSequence;

    public int Count => _queue.Count;

    public void Tick(long time, int machineIndex, long tick) =>
        _queue.Enqueue(new ScheduledEvent(machineIndex, tick, default), EventKey.Tick(time, machineIndex));

    public void Delivery(long time, int machineIndex, in Message message) =>
        _queue.Enqueue(new ScheduledEvent(machineIndex, 0, message), EventKey.Delivery(time, _sendSequence++));

    public bool TryTake(out ScheduledEvent scheduled, out long time)
    {
        if (_queue.TryDequeue(out scheduled, out var key))
        {
            time = key.Time;
            return true;
        }

        time = 0;
        return false;
    }
}
