namespace ClockSim.Analysis.Statistics;

/// <summary>
/// The messages one machine received, each with when it was received and how long it took from its send
/// row: in milliseconds, and in the receiver's ticks (its ticks after the send, up to and including the receive).
/// </summary>
internal sealed class DelaySamples
{
    public SampleColumn ReceivedAtMs { get; } = new();

    public SampleColumn DelayMs { get; } = new();

    public SampleColumn DelayTicks { get; } = new();

    public void Add(double receivedAtMs, double delayMs, double delayTicks)
    {
        ReceivedAtMs.Add(receivedAtMs);
        DelayMs.Add(delayMs);
        DelayTicks.Add(delayTicks);
    }
}
