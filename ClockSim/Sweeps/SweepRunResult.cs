using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Theory;

namespace ClockSim.Sweeps;

/// <summary>
/// The figures of one finished run of a sweep, and what the model predicted for its rates and weights: what its rows of
/// <c>runs.csv</c> hold, so a merge of shards rebuilds it from them (<see cref="RunsCsv.ReadResults"/>).
/// </summary>
/// <param name="Combination">The combination's index, from 1.</param>
/// <param name="Machines">Each machine's figures, in machine order.</param>
/// <param name="Model">The model's prediction for each machine, in machine order.</param>
/// <param name="FalseOrderShare">The share of Lamport-ordered pairs of events that are concurrent.</param>
/// <param name="CausalReachSeconds">The run's mean causal reach time: how long an event took to reach every machine; NaN without causality figures.</param>
/// <param name="CausalReachNotCompletedShare">The share of the run's events that had not reached every machine when it ended; NaN without causality figures.</param>
/// <param name="Valid">The verdict of the run's analysis when its folder was kept, else null.</param>
/// <param name="Clocks">The run's clock figures in the order of <see cref="ClockSweepFigures.All"/>; null or NaN where it has none.</param>
internal sealed record SweepRunResult(
    int Combination,
    int Seed,
    IReadOnlyList<MachineSummary> Machines,
    IReadOnlyList<TheoryPrediction> Model,
    double FalseOrderShare,
    double CausalReachSeconds,
    double CausalReachNotCompletedShare,
    bool? Valid,
    IReadOnlyList<double>? Clocks = null)
{
    /// <summary>The machines from the slowest to the fastest (at equal rates, by id): rank 1 is the slowest.</summary>
    public IReadOnlyList<MachineSummary> ByRate => [.. Machines.OrderBy(m => m.TickRate).ThenBy(m => m.Machine)];

    /// <summary>Clock figure <paramref name="index"/> of <see cref="ClockSweepFigures.All"/>, NaN when the run has none.</summary>
    public double Clock(int index) => Clocks is { } clocks && index < clocks.Count ? clocks[index] : double.NaN;
}
