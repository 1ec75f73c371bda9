using System.Text;
using ClockSim.Sweeps;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Experiments;

/// <summary>
/// The generated blocks of the notebook for one committed sweep, all from its <c>summary.json</c>: <c>sweep-NAME</c> (what
/// ran, the overview of its figures, links to its charts) and, where the sweep has them, <c>sweep-NAME-paired</c> (each
/// combination against the baseline, paired by seed), <c>sweep-NAME-threshold</c> (the drowning threshold) and
/// <c>sweep-NAME-weighted</c> (the figures post-stratified by the rate distribution), and for every sweep
/// <c>sweep-NAME-reach</c> (the false-order share beside the run's length and the causal reach time), and for a sweep that
/// compares clocks <c>sweep-NAME-clocks</c> (the four clocks' figures) and <c>sweep-NAME-clocks-paired</c> (against the baseline). Prose that cites a figure cites
/// one of these, so the figure follows the results.
/// </summary>
internal static class SweepSection
{
    /// <param name="resultsFolder">The sweep's results folder, to find its charts.</param>
    /// <param name="linkBase">The path from the document to that folder, ending in a slash.</param>
    public static string Render(SweepSummary summary, string resultsFolder, string linkBase)
    {
        var text = new StringBuilder();
        text.Append(SweepMarkdown.Header(summary, linkBase)).Append(" Every figure of every combination in `").Append(linkBase).Append(SweepMarkdown.FileName)
            .Append("`, every run in `").Append(linkBase).Append(RunsCsv.FileName).Append("`.\n\n");
        text.Append(SweepMarkdown.Overview(summary));
        var charts = Directory.Exists(resultsFolder) ? Directory.GetFiles(resultsFolder, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray() : [];
        if (charts.Length > 0)
        {
            text.Append("\nCharts: ").AppendJoin(", ", charts.Select(c => $"[`{c}`]({linkBase}{c})")).Append(".\n");
        }

        return text.ToString();
    }

    /// <summary>The blocks a sweep has besides its overview, by their names in the notebook; a block the sweep cannot have is left out.</summary>
    /// <param name="linkBase">The path from the document to the sweep's results folder, ending in a slash.</param>
    public static IReadOnlyDictionary<string, string> Extras(SweepSummary summary, string linkBase)
    {
        var blocks = new Dictionary<string, string>();
        var source = $"From `{linkBase}{SweepSummaryJson.FileName}` (`{summary.File}`, {Count(summary.SeedCount, "seed")} per combination).";
        var paired = SweepPairedMarkdown.Compact(summary);
        if (paired.Length > 0)
        {
            blocks[$"sweep-{summary.Name}{PairedSuffix}"] = $"{source} {paired}";
        }

        if (summary.Threshold is { } threshold)
        {
            var lengths = summary.Combinations.Select(c => c.DurationSeconds).Distinct().Select(d => Number(d, 0) + " s");
            blocks[$"sweep-{summary.Name}{ThresholdSuffix}"] =
                $"{source} The drowning threshold fitted over every run ({string.Join(", ", lengths)} each): the load λ/r at which the slowest "
                + "machine's queue grows in 50 % of runs, with its 95 % confidence interval, and the 10–90 % width.\n\n"
                + ThresholdMarkdown.Table(threshold);
        }

        if (summary.Combinations.Any(c => c.Clocks is not null))
        {
            blocks[$"sweep-{summary.Name}{ClocksSuffix}"] = $"{source} The four clocks of each run: the mean over the runs ± the half-width of "
                + "its 95 % interval.\n\n" + SweepMarkdown.ClocksOverview(summary);
            var clocksPaired = SweepPairedMarkdown.CompactClocks(summary);
            if (clocksPaired.Length > 0)
            {
                blocks[$"sweep-{summary.Name}{ClocksPairedSuffix}"] = $"{source} {clocksPaired}";
            }
        }

        blocks[$"sweep-{summary.Name}{ReachSuffix}"] = $"{source} The false-order share beside the run's length T and the causal "
            + "reach time R: *share × T* and *share × T / R* are worked out from each combination's means.\n\n" + ReachMarkdown.Table(summary);

        var weighted = summary.Combinations.Where(c => c.Weighted is not null).ToArray();
        if (weighted.Length > 0)
        {
            blocks[$"sweep-{summary.Name}{WeightedSuffix}"] = $"{source} Post-stratified by the multiset of rates each run drew, each with "
                + "its exact multinomial probability, beside the plain mean over the runs.\n\n"
                + string.Join("\n", weighted.Select(c => (weighted.Length > 1 ? $"**{c.Label}.** " : "") + WeightedMarkdown.Comparison(c)));
        }

        return blocks;
    }

    public const string PairedSuffix = "-paired";
    public const string ThresholdSuffix = "-threshold";
    public const string WeightedSuffix = "-weighted";
    public const string ReachSuffix = "-reach";
    public const string ClocksSuffix = "-clocks";
    public const string ClocksPairedSuffix = "-clocks-paired";
}
