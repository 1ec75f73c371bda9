namespace ClockSim.Sweeps;

/// <summary>One combination of a sweep over its finished runs.</summary>
/// <param name="Label">Its axis values, e.g. <c>TickRates = [1, 6, 6], Weights:Internal = 3</c>.</param>
/// <param name="Values">The value of each axis, in the order of the axes.</param>
/// <param name="TickRates">The pinned rates, or empty when each run draws its own.</param>
/// <param name="FalseOrderShare">The share of Lamport-ordered pairs of events that are concurrent: a figure of the whole run.</param>
/// <param name="Machines">Each machine by rate rank, the slowest first.</param>
/// <param name="CausalReachSeconds">The mean causal reach time of a run's events, in seconds: a figure of the whole run that does not depend on its length.</param>
/// <param name="CausalReachNotCompletedShare">The share of a run's events that had not reached every machine when it ended.</param>
/// <param name="Weighted">When the runs draw their rates, the figures weighted by the exact chance of each mix of rates; otherwise null.</param>
/// <param name="PairedWithBaseline">Every figure's difference from the baseline, paired by seed; null for the baseline itself.</param>
/// <param name="Clocks">Each clock figure of <see cref="ClockSweepFigures"/> over the runs, by its <c>runs.csv</c> column; null when the sweep compares no clocks.</param>
internal sealed record CombinationSummary(
    int Index,
    string Label,
    IReadOnlyList<AxisValueSummary> Values,
    double DurationSeconds,
    int MachineCount,
    IReadOnlyList<double> TickRates,
    int Runs,
    int? ValidRuns,
    FigureStatistics FalseOrderShare,
    IReadOnlyList<RankSummary> Machines,
    FigureStatistics CausalReachSeconds,
    FigureStatistics CausalReachNotCompletedShare,
    WeightedSummary? Weighted,
    PairedComparison? PairedWithBaseline,
    IReadOnlyDictionary<string, FigureStatistics>? Clocks = null);
