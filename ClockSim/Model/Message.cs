namespace ClockSim.Model;

/// <summary>
/// What travels between machines: who sent it, the sender's send sequence (which, with the sender,
/// is the <c>MessageId</c>), the clock value it carries, and the sender's timestamp of the send on the run's
/// clock, from which the network's delay and the measured latency count. Beside the Lamport clock it carries the
/// sender's vector clock and hybrid logical clock at the send.
/// </summary>
internal readonly record struct Message(int Sender, long Sequence, long Clock, long SentTimestamp)
{
    /// <summary>
    /// The delay the configured network drew for it, in nanoseconds: it joins its recipient's queue that long after
    /// its send. <see langword="null"/>: the engine's own network carries it (loopback, or virtual time's latency).
    /// </summary>
    public long? DelayNanoseconds { get; init; }

    /// <summary>The sender's vector clock at the send, one entry per machine; never changed once sent.</summary>
    public ReadOnlyMemory<long> Vector { get; init; }

    /// <summary>The sender's hybrid logical clock at the send.</summary>
    public HlcTimestamp Hlc { get; init; }

    /// <summary>Its sender and sequence, which name it.</summary>
    public MessageKey Key => new(Sender, Sequence);

    /// <summary>Its <c>MessageId</c>, <c>&lt;sender&gt;-&lt;sequence&gt;</c>.</summary>
    public string Id => Key.ToString();
}
