using ClockSim.Clocks;

namespace ClockSim.Run;

/// <summary>
/// What carries a run out: the socket engine (real time, loopback TCP) or the virtual engine (simulated time,
/// an in-memory network). The coordinator drives either through this seam alone.
/// </summary>
internal interface IRunEngine
{
    /// <summary>The clock that stamps the run's events: real time, or the engine's simulated time.</summary>
    TimeProvider Clock { get; }

    /// <summary>Completes when the run can start, e.g. once every machine is connected to every other.</summary>
    Task WaitUntilReadyAsync(CancellationToken cancellationToken);

    /// <summary>Runs every machine's ticks from <paramref name="startTimestamp"/> (on <see cref="Clock"/>) for <paramref name="duration"/>.</summary>
    /// <returns><see langword="true"/> when the end instant was reached, <see langword="false"/> when cancelled first.</returns>
    Task<bool> RunAsync(long startTimestamp, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>After the last tick: every message on the way reaches its queue, or is counted as still on the way.</summary>
    Task EndAsync();

    /// <summary>After <see cref="EndAsync"/>: the messages still on their way, held by a configured delay that had not passed.</summary>
    IReadOnlyList<UndeliveredMessage> InFlightAtEnd { get; }

    /// <summary>
    /// After <see cref="EndAsync"/>: the links whose reading stopped short of their end (a connection lost, or still
    /// carrying messages when the wait for them ran out). What was sent on them after the last message read is in
    /// flight too; only the senders' events say which messages those are.
    /// </summary>
    IReadOnlyList<UnreadLink> UnreadLinks { get; }

    /// <summary>The clocks' synchronisation, or null when the run has none.</summary>
    CristianSync? Sync { get; }
}
