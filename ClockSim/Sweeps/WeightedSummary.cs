namespace ClockSim.Sweeps;

/// <summary>
/// A combination whose runs draw their rates, its figures post-stratified by the mix of rates each run drew
/// (<see cref="PostStratification"/>): what the configuration gives on average over the rate distribution itself, not
/// over the mix of rates the seeds happened to draw.
/// </summary>
/// <param name="Strata">How many mixes of rates (multisets) the machines can draw.</param>
/// <param name="StrataWithRuns">How many of them the runs drew.</param>
/// <param name="MissingMass">The probability of the mixes no run drew.</param>
/// <param name="SingleRunMass">The probability of the mixes only one run drew, whose variance is the pooled one.</param>
internal sealed record WeightedSummary(
    double Strata,
    int StrataWithRuns,
    double MissingMass,
    double SingleRunMass,
    IReadOnlyList<WeightedRank> Machines,
    WeightedFigure FalseOrderShare,
    WeightedFigure CausalReachSeconds);
