namespace ClockSim.Model;

/// <summary>
/// One row of a machine's event log: what happened on one tick. <see cref="Peer"/> is the sender
/// of a receive, the recipient of a send, and 0 for a send to all (every peer) or an internal event.
/// <see cref="MessageSender"/> is 0 when no message is involved. <see cref="ElapsedMs"/> is the time since the run's
/// start instant on the run's clock. <see cref="Vector"/> is the machine's vector clock after the event, a view of
/// the live clock that the machine's next tick changes: a sink that keeps an event copies it. <see cref="PhysicalNs"/> is
/// the machine's own clock's reading at the event and <see cref="Hlc"/> its hybrid logical clock after it.
/// </summary>
internal readonly record struct MachineEvent(
    int Machine,
    long Tick,
    double ElapsedMs,
    EventKind Kind,
    long LogicalClock,
    long Jump,
    int QueueLength,
    int Peer,
    int MessageSender,
    long MessageSequence,
    long MessageClock,
    long PhysicalNs,
    HlcTimestamp Hlc,
    ReadOnlyMemory<long> Vector)
{
    public bool HasMessage => MessageSender != 0;
}
