using System.Text;
using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Report;
using ClockSim.Display;
using static ClockSim.Analysis.Report.AnalysisFormat;
using ClockSim.Application;

namespace ClockSim.Sweeps;

/// <summary>
/// <c>summary.md</c> of a sweep, and the tables the notebook takes from it: an overview of the key figures per
/// combination and machine, then every figure of every combination with its spread, beside the model.
/// </summary>
internal static class SweepMarkdown
{
    public const string FileName = "summary.md";

    private static readonly string[] OverviewHeaders =
    [
        "Combination", "Machine", "Runs", "Load λ/r, model", "Queue grows (95 % CI)", "Queue growth (msg/s), model", "Mean drift",
        "Mean jump, model", "Clock rate (/s), model", "False-order share", "Causal reach (s)",
    ];

    private static readonly string[] DetailHeaders = ["Machine", "Figure", "Mean ± 95 % CI", "SD", "Middle 95 % of runs", "Model"];

    public static string Document(SweepSummary summary, IReadOnlyList<ChartFile> charts)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownText.Escape(summary.Title)).Append("\n\n");
        if (summary.Question.Length > 0)
        {
            text.Append("**Question.** ").Append(MarkdownText.Escape(summary.Question)).Append("\n\n");
        }

        // A sweep of one combination has nothing to pair: no baseline, no paired tables.
        var baseline = summary.Combinations.Any(c => c.PairedWithBaseline is not null) ? summary.Combinations.FirstOrDefault(c => c.Index == summary.Baseline) : null;
        text.Append(Header(summary, "")).Append("\n\n").Append(HowToRead).Append("\n\n");
        if (baseline is not null)
        {
            text.Append(SweepPairedMarkdown.HowToRead).Append(" The baseline is combination ").Append(baseline.Index).Append(".\n\n");
        }

        text.Append("## Overview\n\n").Append(Overview(summary));
        if (summary.Combinations.Any(c => c.Clocks is not null))
        {
            text.Append("\n## The four clocks\n\n").Append(ClocksOverview(summary));
        }

        if (summary.Threshold is { } threshold)
        {
            text.Append("\n## The drowning threshold\n\n").Append(ThresholdMarkdown.Section(threshold));
        }

        text.Append(WeightedMarkdown.Section(summary));
        if (charts.Count > 0)
        {
            text.Append("\n## Charts\n\n");
            foreach (var chart in charts)
            {
                text.Append("![").Append(chart.Title).Append("](").Append(chart.FileName).Append(")\n");
            }
        }

        foreach (var combination in summary.Combinations)
        {
            text.Append("\n## Combination ").Append(combination.Index).Append(": ").Append(combination.Label).Append("\n\n");
            text.Append(Detail(combination));
            if (baseline is not null && combination.PairedWithBaseline is { } comparison)
            {
                text.Append('\n').Append(SweepPairedMarkdown.Section(combination, comparison, baseline));
            }
        }

        return text.ToString();
    }

    /// <summary>What was run: the file, the combinations, the seeds, and whether every run finished.</summary>
    /// <param name="resultsLink">The path from the document to the sweep's results folder, ending in a slash (empty in the folder itself).</param>
    public static string Header(SweepSummary summary, string resultsLink)
    {
        // The results are in results/<name>/ beside the sweep file, so the file is two folders up from them.
        var folders = resultsLink.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var file = folders.Length >= 2 ? string.Concat(folders[..^2].Select(f => f + "/")) + summary.File : "../../" + summary.File;
        var text = new StringBuilder();
        text.Append(Count(summary.Runs, "run")).Append(" on the virtual engine (`").Append(file).Append("`): ")
            .Append(Count(summary.Combinations.Count, "combination")).Append(" × ").Append(Count(summary.SeedCount, "seed"))
            .Append(" (").Append(summary.Seeds).Append(").");
        if (summary.Interrupted)
        {
            text.Append(" **Interrupted:** ").Append(Whole(summary.Finished)).Append(" of ").Append(Whole(summary.Runs))
                .Append(" runs finished, and the figures are theirs alone.");
        }

        if (summary.ValidRuns is { } valid)
        {
            text.Append(" Verdict of the kept runs: ").Append(Whole(valid)).Append(" of ").Append(Whole(summary.Finished)).Append(" valid.");
        }

        return text.ToString();
    }

    /// <summary>One row per combination and machine: the figures that decide whether a machine keeps up, and how far behind it is.</summary>
    public static string Overview(SweepSummary summary) =>
        MarkdownTable.Render(OverviewHeaders, summary.Combinations.SelectMany(c => c.Machines.Select(m => (IReadOnlyList<string>)
        [
            m.Rank == 1 ? c.Label : "",
            MachineName(c, m),
            Whole(c.Runs),
            Fixed(m[SweepFigures.Load].Model),
            ShareText(m.QueueGrows),
            MeanAndModel(m[SweepFigures.QueueGrowth], 2),
            MeanText(m[SweepFigures.DriftMean], 1),
            MeanAndModel(m[SweepFigures.JumpMean], 2),
            MeanAndModel(m[SweepFigures.ClockRate], 2),
            m.Rank == 1 ? MeanText(c.FalseOrderShare, 3) : "",
            m.Rank == 1 ? MeanText(c.CausalReachSeconds, 3) : "",
        ])));

    /// <summary>Every figure of one combination, machine by machine.</summary>
    public static string Detail(CombinationSummary combination) =>
        MarkdownTable.Render(DetailHeaders, combination.Machines.SelectMany(m => SweepFigures.All.Select(f => Row(MachineName(combination, m), f.Title, m[f], f.Decimals))
            .Append([MachineName(combination, m), "Queue grows (share of runs)", ShareText(m.QueueGrows), None, None, Percent(m.ModelQueueGrows)]))
            .Append(Row("every machine", "False-order share", combination.FalseOrderShare, 3))
            .Append(Row("every machine", "Causal reach time (s)", combination.CausalReachSeconds, 3))
            .Append(Row("every machine", "Events not reaching every machine (share)", combination.CausalReachNotCompletedShare, 3))
            .Concat(combination.Clocks is { } clocks ? ClockSweepFigures.All.Select(f => Row("every machine", f.Title, clocks[f.Name], f.Decimals)) : []));

    /// <summary>
    /// One row per combination: each clock figure of <see cref="ClockSweepFigures"/> as its mean over the runs ± the half-width of its
    /// 95 % interval; empty when the sweep compares no clocks.
    /// </summary>
    public static string ClocksOverview(SweepSummary summary) =>
        MarkdownTable.Render(
            ["Combination", "Runs", .. ClockSweepFigures.All.Select(f => f.Title)],
            summary.Combinations.Where(c => c.Clocks is not null).Select(c => (IReadOnlyList<string>)
            [
                MarkdownText.Escape(c.Label), Whole(c.Runs), .. ClockSweepFigures.All.Select(f => MeanText(c.Clocks![f.Name], f.Decimals)),
            ]));

    /// <summary>A rank's name, with its rate when the rates are pinned: <c>slowest (1 tick/s)</c>.</summary>
    public static string MachineName(CombinationSummary combination, RankSummary machine) =>
        combination.TickRates.Count == combination.MachineCount
            ? $"{machine.Name} ({MachineLabel.Rate(combination.TickRates.Order().ElementAt(machine.Rank - 1))})"
            : machine.Name;

    /// <summary><c>1.02 ± 0.03</c>: the mean and the half-width of its 95 % confidence interval.</summary>
    public static string MeanText(FigureStatistics figure, int decimals) =>
        figure.Count == 0 ? None
        : double.IsFinite(figure.HalfWidth) ? $"{Fixed(figure.Mean, decimals)} ± {Fixed(figure.HalfWidth, decimals)}"
        : Fixed(figure.Mean, decimals);

    /// <summary><c>64.0 % (57.1–70.3 %)</c>: a share of runs and its 95 % interval.</summary>
    public static string ShareText(ShareEstimate share) =>
        share.Runs == 0 ? None : $"{Fixed(share.Share * 100, 1)} % ({Fixed(share.Low * 100, 1)}–{Fixed(share.High * 100, 1)} %)";

    /// <summary><c>0.0–1.3</c>: the middle 95 % of the runs.</summary>
    public static string RangeText(FigureStatistics figure, int decimals) =>
        figure.Count == 0 ? None : $"{Fixed(figure.RangeLow, decimals)} to {Fixed(figure.RangeHigh, decimals)}";

    private static string MeanAndModel(FigureStatistics figure, int decimals) =>
        MeanText(figure, decimals) + (double.IsFinite(figure.Model) ? ", " + Fixed(figure.Model, decimals) : "");

    private static IReadOnlyList<string> Row(string machine, string title, FigureStatistics figure, int decimals) =>
        [machine, title, MeanText(figure, decimals), Fixed(figure.StandardDeviation, decimals), RangeText(figure, decimals), Fixed(figure.Model, decimals)];

    private const string HowToRead =
        "Each figure is the mean over the runs ± the half-width of its 95 % confidence interval (Student's t, n − 1 degrees of "
        + "freedom); *SD* is the standard deviation between runs, and *middle 95 % of runs* runs from the 2.5th to the 97.5th "
        + "percentile (nearest rank): where a single run of the same configuration can be expected to land. Machines are ranked "
        + "by tick rate in each run, the slowest first. A queue *grows* when it rose by more than 5 % of the machine's tick rate "
        + "a second and ended with more than one message (the analysis's rule for one run); the share of runs where it grew has "
        + "a 95 % Wilson interval. *Model* is the fixed-point model of the spec from the rates and weights (its mean over the "
        + "runs when each run draws its rates); its mean jump is its clock rate over the tick rate. Of the network it knows what the "
        + "analysis of a run knows: each link delivers 1 − its loss rate of what is sent on it; delays and partitions, which end, "
        + "do not change its rates. The *causal reach time* is how long an event takes to be in the causal "
        + "past of an event on every other machine, averaged over the run's events that did before it ended. Every figure has the "
        + "definition of the analysis of a run folder; `runs.csv` holds each run's.";
}
