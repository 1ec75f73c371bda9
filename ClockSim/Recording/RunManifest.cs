using ClockSim.Configuration;

namespace ClockSim.Recording;

/// <summary>
/// <c>run.json</c>: what was asked for, what was drawn, and what happened, so a run folder explains
/// itself on any computer. Conservation: <c>messagesSent = received + leftInQueue + inFlight</c> summed over machines.
/// </summary>
public sealed record RunManifest
{
    public required string FormatVersion { get; init; }

    /// <summary>The options as used, with the seed and every tick rate filled in: they reproduce the run's choices.</summary>
    public required SimulationOptions Options { get; init; }

    /// <summary>Whether the tick rates were drawn from the seed (<c>TickRates</c> was empty).</summary>
    public required bool TickRatesDrawn { get; init; }

    public required int Seed { get; init; }

    public required DateTimeOffset? StartUtc { get; init; }

    public required DateTimeOffset? EndUtc { get; init; }

    /// <summary>Real seconds from the start instant to the end.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary><c>completed</c> or <c>interrupted</c>.</summary>
    public required string EndReason { get; init; }

    public required IReadOnlyList<MachineManifest> Machines { get; init; }

    /// <summary>Messages sent that never reached a queue: still on the way when the run ended.</summary>
    public required long InFlight { get; init; }
}
