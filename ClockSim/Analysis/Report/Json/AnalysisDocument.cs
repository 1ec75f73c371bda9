using ClockSim.Analysis.Theory;
using ClockSim.Configuration;

namespace ClockSim.Analysis.Report.Json;

/// <summary>
/// <c>analysis.json</c>: every figure of <c>summary.md</c>, for programs to read. A figure that has no value (a mean
/// of nothing, a rate of a machine that never ticked) is <c>null</c>.
/// </summary>
/// <param name="Run">The run folder's name.</param>
/// <param name="DurationSeconds">Seconds from the start to the last row of any CSV: the span every rate and mean is taken over.</param>
/// <param name="ElapsedSeconds">Seconds of the run's clock from its start to its end, as run.json gives them.</param>
/// <param name="SendProbability">p of the model: the chance that a tick with an empty queue sends to one given peer.</param>
/// <param name="Reading">The plain-language reading of the run, a sentence each.</param>
/// <param name="FinalClockGap">The fastest final clock minus the slowest.</param>
internal sealed record AnalysisDocument(
    string FormatVersion,
    string Run,
    SimulationEngine Engine,
    int Seed,
    string EndReason,
    double ElapsedSeconds,
    double DurationSeconds,
    WeightOptions Weights,
    double SendProbability,
    VerdictDocument Verdict,
    IReadOnlyList<string> Reading,
    IReadOnlyList<MachineAnalysis> Machines,
    long FinalClockGap,
    NetworkFigures Network,
    CausalityDocument Causality,
    ClocksDocument Clocks);
