using ClockSim.Model;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// The socket engine's fixed limits, which are not settings: the defaults are the product's, and tests give other
/// values (a short drain, a queue that holds a delivery) to reach the end of a run's rare paths on purpose.
/// </summary>
internal sealed record SocketEngineOptions
{
    /// <summary>The defaults of every real run.</summary>
    public static SocketEngineOptions Default { get; } = new();

    /// <summary>How long the end of a run waits for the messages on the way to arrive; 2 s. What is not read by then stays in flight.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the end of a run waits for the connection readers to end once their connections close; 1 s.</summary>
    public TimeSpan ReaderStopTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many refused connections of a run get a warning of their own; 5. The rest are counted in one line at the end.</summary>
    public int RefusalsShown { get; init; } = Wire.RefusalLog.DefaultShown;

    /// <summary>
    /// The network queue of machine i, from its id and the arrays its received vectors are decoded into; a
    /// <see cref="ChannelInbox"/> that gives them back by default.
    /// </summary>
    public Func<int, ReceivedVectors, IInbox> Inbox { get; init; } = (_, vectors) => new ChannelInbox(vectors);
}
