namespace ClockSim.Engines.Virtual;

/// <summary>
/// When a scheduled event happens, and its place among events of the same instant. At one instant every
/// delivery comes first, in the order the messages were sent, then every tick, in machine-id order, so a
/// message that arrives at the very instant of a tick is already in the queue that tick reads.
/// </summary>
internal readonly record struct EventKey(long Time, long Order) : IComparable<EventKey>
{
    /// <summary>Orders of ticks start here, above any delivery's send sequence.</summary>
    private const long TickOrderBase = long.MaxValue / 2;

    public static EventKey Delivery(long time, long sendSequence) => new(time, sendSequence);

    public static EventKey Tick(long time, int machineIndex) => new(time, TickOrderBase + machineIndex);

    public int CompareTo(EventKey other)
    {
        var byTime = Time.CompareTo(other.Time);
        return byTime != 0 ? byTime : Order.CompareTo(other.Order);
    }
}
