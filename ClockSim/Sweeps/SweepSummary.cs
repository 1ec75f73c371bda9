using ClockSim.Configuration;

namespace ClockSim.Sweeps;

/// <summary>
/// What a sweep found, as <c>summary.json</c> holds it and every table of it is drawn from: per combination, each
/// machine by rate rank with every figure's statistics beside the model's prediction. A notebook regenerates its tables
/// from this file alone.
/// </summary>
/// <param name="File">The sweep file's name, e.g. <c>threshold.json</c>.</param>
/// <param name="Seeds">The seeds as a person reads them: <c>1 to 200</c>, or the list.</param>
/// <param name="Runs">Runs the file asks for: combinations × seeds.</param>
/// <param name="Finished">Runs that finished; fewer than <paramref name="Runs"/> after Ctrl+C.</param>
/// <param name="ValidRuns">With <c>--keep-runs</c>, how many of the kept runs the analysis found valid; otherwise null.</param>
/// <param name="Baseline">The index, from 1, of the combination every other one is paired with by seed.</param>
/// <param name="Threshold">For a sweep charted against the load, the drowning threshold fitted over its runs; otherwise null.</param>
internal sealed record SweepSummary(
    string FormatVersion,
    string Name,
    string Title,
    string Question,
    string File,
    IReadOnlyList<string> Axes,
    SweepChartAxis ChartAgainst,
    int SeedCount,
    string Seeds,
    int Runs,
    int Finished,
    int? ValidRuns,
    int Baseline,
    IReadOnlyList<CombinationSummary> Combinations,
    ThresholdFit? Threshold)
{
    public bool Interrupted => Finished < Runs;
}
