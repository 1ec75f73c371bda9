namespace ClockSim.Model;

/// <summary>
/// What happened on one tick of a machine: what the machine hands its event sink, and what the reader makes of a line of
/// its CSV. <see cref="Peers"/> is the sender of a receive, the recipient of a send, the recipients of a send to all (every
/// other machine, or whatever a file's row names, for the analysis to check), and empty for an internal event;
/// <see cref="Message"/> is <see cref="MessageKey.None"/> and <see cref="MessageClock"/> null when no message is involved.
/// <see cref="ElapsedMs"/> is the time since the run's start instant on the run's clock. <see cref="Vector"/> is the
/// vector clock after the event: from a machine, a view of its live clock that its next tick changes, so a sink that
/// keeps an event copies it; empty when read from a file written before vector clocks. <see cref="PhysicalNs"/> is the
/// machine's own clock's reading at the event and <see cref="Hlc"/> its hybrid logical clock after it, both null when
/// read from a file written before them.
/// </summary>
internal readonly record struct MachineEvent(
    int Machine,
    long Tick,
    double ElapsedMs,
    EventKind Kind,
    long LogicalClock,
    long Jump,
    int QueueLength,
    MachineSet Peers,
    MessageKey Message,
    long? MessageClock,
    long? PhysicalNs,
    HlcTimestamp? Hlc,
    ReadOnlyMemory<long> Vector);
