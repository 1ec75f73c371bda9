namespace ClockSim.Model;

/// <summary>
/// A message of Cristian's synchronisation: a request from machine <see cref="From"/> to the time server, sent at its
/// reading <see cref="RequestReadingNs"/>, or the server's reply, which carries that reading back beside its own,
/// <see cref="ServerReadingNs"/>. It travels over the run's network like a model message, but takes no tick and is no
/// model event. <see cref="SentTimestamp"/> is on the run's clock, as a model message's is.
/// </summary>
internal readonly record struct SyncMessage(SyncKind Kind, int From, int To, long RequestReadingNs, long ServerReadingNs, long SentTimestamp)
{
    /// <summary>The delay the configured network drew for it, in nanoseconds; <see langword="null"/>: the engine's own network.</summary>
    public long? DelayNanoseconds { get; init; }
}
