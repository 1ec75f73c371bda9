namespace ClockSim.Model;

/// <summary>
/// What travels between machines: who sent it, the sender's send sequence (which, with the sender,
/// is the <c>MessageId</c>), the clock value it carries, and the sender's monotonic timestamp of the
/// send, used only to measure network latency.
/// </summary>
internal readonly record struct Message(int Sender, long Sequence, long Clock, long SentTimestamp)
{
    public string Id => FormatId(Sender, Sequence);

    public static string FormatId(int sender, long sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sender}-{sequence}");
}
