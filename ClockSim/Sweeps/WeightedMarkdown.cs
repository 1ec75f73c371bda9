using System.Text;
using ClockSim.Analysis.Report;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Sweeps;

/// <summary>The figures of combinations that draw their rates, weighted by the rate distribution, beside the unweighted ones, for summary.md.</summary>
internal static class WeightedMarkdown
{
    private static readonly string[] Headers = ["Machine", "Figure", "Unweighted mean ± 95 % CI", "Weighted mean (95 % CI)", "Missing probability"];

    /// <summary>The figures of the overview, weighted.</summary>
    private static readonly SweepFigure[] Shown =
        [SweepFigures.Load, SweepFigures.QueueGrowth, SweepFigures.DriftMean, SweepFigures.JumpMean, SweepFigures.ClockRate];

    /// <returns>The section, or empty when every combination pins its rates.</returns>
    public static string Section(SweepSummary summary)
    {
        var weighted = summary.Combinations.Where(c => c.Weighted is not null).ToArray();
        if (weighted.Length == 0)
        {
            return "";
        }

        var text = new StringBuilder("\n## Weighted by the rate distribution\n\n").Append(HowToRead).Append('\n');
        foreach (var combination in weighted)
        {
            var w = combination.Weighted!;
            text.Append('\n');
            if (summary.Combinations.Count > 1)
            {
                text.Append("### Combination ").Append(combination.Index).Append(": ").Append(combination.Label).Append("\n\n");
            }

            text.Append("The runs drew ").Append(Whole(w.StrataWithRuns)).Append(" of the ").Append(Number(w.Strata, 0))
                .Append(" possible mixes of rates; the mixes no run drew have probability ").Append(Percent(w.MissingMass))
                .Append(", and those only one run drew ").Append(Percent(w.SingleRunMass)).Append(" (they take the pooled variance).\n\n");
            text.Append(MarkdownTable.Render(Headers, combination.Machines.Zip(w.Machines).SelectMany(pair =>
                Shown.Select(f => Row(pair.First.Name, f.Title, SweepMarkdown.MeanText(pair.First[f], f.Decimals), pair.Second[f], v => Fixed(v, f.Decimals)))
                    .Append(Row(pair.First.Name, "Queue grows (share of runs)", SweepMarkdown.ShareText(pair.First.QueueGrows), pair.Second.QueueGrows, Percent)))
                .Append(Row("every machine", "False-order share", SweepMarkdown.MeanText(combination.FalseOrderShare, 3), w.FalseOrderShare, v => Fixed(v, 3)))
                .Append(Row("every machine", "Causal reach time (s)", SweepMarkdown.MeanText(combination.CausalReachSeconds, 3), w.CausalReachSeconds, v => Fixed(v, 3)))));
        }

        return text.ToString();
    }

    private static readonly string[] ComparisonHeaders =
        ["Machine", "Figure", "Weighted mean (95 % CI)", "Unweighted mean ± 95 % CI", "Unweighted − weighted", "Missing probability"];

    /// <summary>
    /// One combination's weighted figures beside the unweighted ones and how far the unweighted mean sat from the weighted
    /// one, for a notebook; the figures of the overview, the share of runs whose queue grew, the false-order share and
    /// the causal reach time.
    /// </summary>
    /// <returns>The table, or empty when the combination pins its rates.</returns>
    public static string Comparison(CombinationSummary combination)
    {
        if (combination.Weighted is not { } w)
        {
            return "";
        }

        var rows = combination.Machines.Zip(w.Machines).SelectMany(pair =>
                Shown.Select(f => Compared(pair.First.Name, f.Title, pair.First[f].Mean, SweepMarkdown.MeanText(pair.First[f], f.Decimals), pair.Second[f], v => Fixed(v, f.Decimals)))
                    .Append(Compared(pair.First.Name, "Queue grows (share of runs)", pair.First.QueueGrows.Share, SweepMarkdown.ShareText(pair.First.QueueGrows), pair.Second.QueueGrows, Percent)))
            .Append(Compared("every machine", "False-order share", combination.FalseOrderShare.Mean, SweepMarkdown.MeanText(combination.FalseOrderShare, 3), w.FalseOrderShare, v => Fixed(v, 3)))
            .Append(Compared("every machine", "Causal reach time (s)", combination.CausalReachSeconds.Mean, SweepMarkdown.MeanText(combination.CausalReachSeconds, 3), w.CausalReachSeconds, v => Fixed(v, 3)));
        return $"The runs drew {Whole(w.StrataWithRuns)} of the {Number(w.Strata, 0)} possible mixes of rates; the mixes no run drew have probability {Percent(w.MissingMass)}.\n\n"
            + MarkdownTable.Render(ComparisonHeaders, rows);
    }

    private static IReadOnlyList<string> Compared(string machine, string title, double unweighted, string unweightedText, WeightedFigure weighted, Func<double, string> format) =>
    [
        machine, title,
        double.IsFinite(weighted.Mean) ? $"{format(weighted.Mean)} ({format(weighted.CiLow)} to {format(weighted.CiHigh)})" : None,
        unweightedText,
        double.IsFinite(weighted.Mean) && double.IsFinite(unweighted) ? Offset(unweighted - weighted.Mean, format) : None,
        Percent(weighted.MissingMass),
    ];

    private static string Offset(double difference, Func<double, string> format)
    {
        var text = format(difference);
        return difference > 0 && text != format(0) ? "+" + text : text;
    }

    private static IReadOnlyList<string> Row(string machine, string title, string unweighted, WeightedFigure weighted, Func<double, string> format) =>
    [
        machine, title, unweighted,
        double.IsFinite(weighted.Mean) ? $"{format(weighted.Mean)} ({format(weighted.CiLow)} to {format(weighted.CiHigh)})" : None,
        Percent(weighted.MissingMass),
    ];

    private const string HowToRead =
        "Each run draws its rates, so the mix of rates a sweep's seeds drew can stray from the distribution they are drawn from. "
        + "Post-stratification weights it back: the runs are grouped by their multiset of rates, and each figure is Σ P(s)·mean_s, "
        + "P(s) the exact chance of the multiset s when every machine draws a whole rate uniformly and independently "
        + "(N! / Π c_v! / K^N), with variance Σ P(s)²·var_s / n_s and a normal 95 % interval. Mixes no run drew are left out and "
        + "the weights renormalised over the rest (*missing probability*); a mix with one run takes the variance pooled within "
        + "the others. The unweighted mean is the plain mean over the runs, as in the tables above.";
}
