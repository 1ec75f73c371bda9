using System.Text;
using ClockSim.Analysis.Report;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Sweeps;

/// <summary>
/// The part of <c>summary.md</c> that holds a combination against the sweep's baseline, paired by seed: each figure's
/// mean difference, its 95 % confidence interval and the paired t statistic, in bold where the interval excludes 0.
/// </summary>
internal static class SweepPairedMarkdown
{
    private static readonly string[] Headers = ["Machine", "Figure", "Pairs", "Difference", "95 % CI", "t"];

    /// <summary>How to read the paired tables: said once, before the first.</summary>
    public const string HowToRead =
        "Every run of a sweep uses the same seeds, so each combination is also compared with the baseline *paired by seed*: "
        + "in each seed both finished, the figure of the combination minus the baseline's, for the machine of the same rate rank. "
        + "*Difference* is the mean of those differences, *95 % CI* its confidence interval (Student's t, n − 1 degrees of freedom) "
        + "and *t* the paired t statistic, mean / (SD / √n); the difference is in **bold** where the interval excludes 0 "
        + "(|t| above the 97.5 % quantile of t). A figure that is the same in every pair reads *identical in every run*; one "
        + "that differs by the same amount in every pair gives that amount *in every run*, with no interval.";

    /// <param name="baseline">The sweep's baseline.</param>
    public static string Section(CombinationSummary combination, PairedComparison paired, CombinationSummary baseline)
    {
        var text = new StringBuilder();
        text.Append("### Paired with combination ").Append(baseline.Index).Append(": ").Append(MarkdownText.Escape(baseline.Label)).Append("\n\n");
        text.Append(Count(paired.Seeds, "seed")).Append(" finished in both.");
        if (paired.UnpairedRanks.Count > 0)
        {
            var larger = combination.MachineCount > baseline.MachineCount ? "this combination" : "the baseline";
            text.Append(" Only ").Append(larger).Append(" has a machine of rate rank ").AppendJoin(", ", paired.UnpairedRanks.Select(r => Whole(r)))
                .Append(" (it has ").Append(Math.Max(combination.MachineCount, baseline.MachineCount)).Append(" machines, the other ")
                .Append(Math.Min(combination.MachineCount, baseline.MachineCount)).Append("): those ranks are not compared.");
        }

        text.Append("\n\n");
        var rows = paired.Machines.SelectMany(m => SweepFigures.All.Select(f => Row(m.Name, f.Title, m[f], f.Decimals)))
            .Append(Row("every machine", "False-order share", paired.FalseOrderShare, 3))
            .Append(Row("every machine", "Causal reach time (s)", paired.CausalReachSeconds, 3));
        text.Append(MarkdownTable.Render(Headers, rows));
        return text.ToString();
    }

    private static IReadOnlyList<string> Row(string machine, string title, PairedDifference difference, int decimals)
    {
        IReadOnlyList<string> cells = difference switch
        {
            { Count: 0 } => [None, None, None],
            { Identical: true } => ["identical in every run", None, None],
            { Constant: true } => [Signed(difference.MeanDifference, decimals) + " in every run", None, None],
            _ => [
                difference.Significant ? $"**{Signed(difference.MeanDifference, decimals)}**" : Signed(difference.MeanDifference, decimals),
                double.IsFinite(difference.CiLow) ? $"{Signed(difference.CiLow, decimals)} to {Signed(difference.CiHigh, decimals)}" : None,
                Fixed(difference.T, 2),
            ],
        };
        return [machine, title, Whole(difference.Count), .. cells];
    }

    /// <summary>A difference with its sign, <c>+0.52</c> or <c>-0.31</c>; <c>0.00</c> when it rounds to nothing.</summary>
    private static string Signed(double value, int decimals)
    {
        var text = Fixed(value, decimals);
        return value > 0 && text != Fixed(0, decimals) ? "+" + text : text;
    }
}
