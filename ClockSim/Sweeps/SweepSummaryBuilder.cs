using ClockSim.Configuration;
using System.Globalization;
using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Report;

namespace ClockSim.Sweeps;

/// <summary>Gathers the finished runs of a sweep into its <see cref="SweepSummary"/>, combination by combination and rank by rank.</summary>
internal static class SweepSummaryBuilder
{
    public const string FormatVersion = "2";

    /// <summary>Whether a machine's queue grew, by the analysis's rule for a single run (see <see cref="RunReading.CannotKeepUp(double, double, long)"/>).</summary>
    public static bool Grows(MachineSummary machine) => RunReading.CannotKeepUp(machine.QueueGrowth, machine.TickRate, machine.QueueFinal);

    public static SweepSummary Build(SweepFile file, IReadOnlyList<SweepRunResult> results, bool keptRuns)
    {
        var byCombination = results.ToLookup(r => r.Combination);
        var baseline = file.Combinations[file.Baseline - 1];
        var combinations = file.Combinations.Select(c => Combination(file, c, [.. byCombination[c.Index]], keptRuns,
            c == baseline ? null : PairedComparison.Of([.. byCombination[c.Index]], [.. byCombination[baseline.Index]], MachineCount(c), MachineCount(baseline), file.ComparesClocks)))
            .ToArray();
        return new SweepSummary(
            FormatVersion,
            file.Name,
            file.Title,
            file.Question,
            Path.GetFileName(file.FilePath),
            [.. file.Axes.Select(a => a.Key)],
            file.ChartAgainst,
            file.Seeds.Count,
            SeedsText(file.Seeds),
            file.RunCount,
            results.Count,
            keptRuns ? results.Count(r => r.Valid == true) : null,
            file.Baseline,
            combinations,
            file.ChartAgainst == SweepChartAxis.Load ? ThresholdFit.Of(results) : null);
    }

    /// <summary><c>slowest</c>, <c>2nd slowest</c>, …, <c>fastest</c>.</summary>
    public static string RankName(int rank, int machines) =>
        rank == 1 ? "slowest" : rank == machines ? "fastest" : Ordinal(rank) + " slowest";

    private static CombinationSummary Combination(SweepFile file, SweepCombination combination, IReadOnlyList<SweepRunResult> runs, bool keptRuns, PairedComparison? paired)
    {
        var options = combination.Options;
        var machines = MachineCount(combination);
        var ranked = runs.Select(r => (Run: r, ByRate: r.ByRate)).ToArray();
        var modelled = runs.Count > 0;
        var ranks = Enumerable.Range(1, machines).Select(rank =>
        {
            var at = ranked.Select(r => (Machine: r.ByRate[rank - 1], Model: r.Run.Model[r.ByRate[rank - 1].Machine - 1])).ToArray();
            var figures = SweepFigures.All.ToDictionary(
                f => f.Name,
                f => FigureStatistics.Of(at.Select(x => f.Measured(x.Machine)), f.Predicted is { } predicted && modelled ? at.Average(x => predicted(x.Model)) : double.NaN));
            return new RankSummary(rank, RankName(rank, machines), figures, ShareEstimate.Of(at.Count(x => Grows(x.Machine)), at.Length),
                modelled ? at.Average(x => x.Model.QueueGrows ? 1.0 : 0.0) : double.NaN);
        }).ToArray();

        return new CombinationSummary(
            combination.Index,
            combination.Label(file.Axes),
            [.. file.Axes.Select((axis, i) => new AxisValueSummary(axis.Key, combination.Values[i].Text, combination.Values[i].Number))],
            options.DurationSeconds,
            machines,
            [.. options.TickRates],
            runs.Count,
            keptRuns ? runs.Count(r => r.Valid == true) : null,
            FigureStatistics.Of(runs.Select(r => r.FalseOrderShare)),
            ranks,
            FigureStatistics.Of(runs.Select(r => r.CausalReachSeconds)),
            FigureStatistics.Of(runs.Select(r => r.CausalReachNotCompletedShare)),
            WeightedSummaryBuilder.Of(options, runs),
            paired,
            file.ComparesClocks ? ClockSweepFigures.All.Index().ToDictionary(f => f.Item.Name, f => FigureStatistics.Of(runs.Select(r => r.Clock(f.Index)))) : null);
    }

    private static int MachineCount(SweepCombination combination) =>
        combination.Options.TickRates.Length > 0 ? combination.Options.TickRates.Length : combination.Options.Machines;

    /// <summary>The seeds with each run of three or more consecutive ones as a range: <c>1 to 200, 701, 702</c>.</summary>
    private static string SeedsText(IReadOnlyList<int> seeds)
    {
        var parts = new List<string>();
        for (var start = 0; start < seeds.Count;)
        {
            var end = start;
            while (end + 1 < seeds.Count && seeds[end + 1] == seeds[end] + 1)
            {
                end++;
            }

            parts.AddRange(end - start >= 2
                ? [$"{AnalysisFormat.Whole(seeds[start])} to {AnalysisFormat.Whole(seeds[end])}"]
                : seeds.Skip(start).Take(end - start + 1).Select(s => AnalysisFormat.Whole(s)));
            start = end + 1;
        }

        return string.Join(", ", parts);
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
