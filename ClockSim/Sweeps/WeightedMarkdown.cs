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
