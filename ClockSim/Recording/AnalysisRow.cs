using ClockSim.Model;

namespace ClockSim.Recording;

/// <summary>
/// One parsed line of a machine's CSV. <see cref="Peers"/> is the sender of a receive, the recipient of a
/// send, the recipients of a send to all, and empty for an internal event. <see cref="Line"/> is the line in
/// the file (the header is line 1), so a violation can point at it. <see cref="Vector"/> is the vector clock after the
/// event, or <see langword="null"/> in a file written before vector clocks. <see cref="PhysicalNs"/> (the machine's own
/// clock's reading, in nanoseconds) and <see cref="Hlc"/> (its hybrid logical clock after the event) are
/// <see langword="null"/> in a file written before them.
/// </summary>
internal readonly record struct AnalysisRow(
    int Line,
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
    long[]? Vector,
    long? PhysicalNs = null,
    HlcTimestamp? Hlc = null);
