using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Statistics;
using ClockSim.Analysis.Theory;
using ClockSim.Display;
using ClockSim.Statistics;

namespace ClockSim.Analysis;

/// <summary>Everything measured about one machine, with the model's prediction beside it.</summary>
internal sealed record MachineAnalysis
{
    public required int Machine { get; init; }

    /// <summary>Configured ticks per second.</summary>
    public required double TickRate { get; init; }

    public required MachineCounts Counts { get; init; }

    /// <summary>Least-squares logical clock units per real second.</summary>
    public required double ClockRate { get; init; }

    public required JumpSummary Jumps { get; init; }

    public required QueueSummary Queue { get; init; }

    public required SampleStatistics DelayMs { get; init; }

    public required SampleStatistics DelayTicks { get; init; }

    public required DriftSummary Drift { get; init; }

    /// <summary>Messages addressed to it per second of the run: the measured λ.</summary>
    public required double ArrivalRate { get; init; }

    /// <summary>Receives per tick: the measured ρ.</summary>
    public required double ReceivingShare { get; init; }

    public required TheoryPrediction Theory { get; init; }

    /// <summary>How the machine is named in legends and tables, e.g. <c>M1 (5 ticks/s)</c>.</summary>
    public string Label => MachineLabel.Of(Machine, TickRate);
}
