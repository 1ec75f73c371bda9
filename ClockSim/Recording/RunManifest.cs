using ClockSim.Configuration;

namespace ClockSim.Recording;

/// <summary>
/// <c>run.json</c>: what was asked for, what was drawn, and what happened, so a run folder explains
/// itself on any computer. Conservation, summed over machines: <c>sent = received + leftInQueue + inFlight + droppedByLoss + droppedByPartition</c>.
/// </summary>
public sealed record RunManifest
{
    public required string FormatVersion { get; init; }

    /// <summary><c>Sockets</c> or <c>Virtual</c>: the engine that carried the run out (run folders from before there were two engines are socket runs).</summary>
    public SimulationEngine Engine => Options.Engine;

    /// <summary>The options as used, with the seed and every tick rate filled in: they reproduce the run's choices.</summary>
    public required SimulationOptions Options { get; init; }

    /// <summary>Whether the tick rates were drawn from the seed (<c>TickRates</c> was empty).</summary>
    public required bool TickRatesDrawn { get; init; }

    public required int Seed { get; init; }

    public required DateTimeOffset? StartUtc { get; init; }

    public required DateTimeOffset? EndUtc { get; init; }

    /// <summary>Seconds of the run's clock from the start instant to the end: real seconds for sockets, simulated ones for virtual time.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>Real seconds the run took, whatever its engine (for a virtual run, far less than <see cref="ElapsedSeconds"/>); absent in older run folders.</summary>
    public double? WallSeconds { get; init; }

    /// <summary><c>completed</c> or <c>interrupted</c>.</summary>
    public required string EndReason { get; init; }

    public required IReadOnlyList<MachineManifest> Machines { get; init; }

    /// <summary>
    /// Messages sent that never reached a queue and were not dropped: still on the way when the run ended, held by a
    /// configured delay, or sent on a connection that was not read to its end (lost, or still carrying messages when
    /// the wait for them ran out); each is listed in <c>undelivered.csv</c> and counted in its sender's
    /// <see cref="MachineManifest.InFlightAtEnd"/>.
    /// </summary>
    public required long InFlight { get; init; }
}
