using System.Text;
using ClockSim.Analysis.Report;
using static ClockSim.Analysis.Report.AnalysisFormat;
using ClockSim.Application;

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
            .Append(Row("every machine", "Causal reach time (s)", paired.CausalReachSeconds, 3))
            .Concat(paired.Clocks is { } clocks ? ClockSweepFigures.All.Select(f => Row("every machine", f.Title, clocks[f.Name], f.Decimals + 1)) : []);
        text.Append(MarkdownTable.Render(Headers, rows));
        return text.ToString();
    }

    private static IReadOnlyList<string> Row(string machine, string title, PairedDifference difference, int decimals) =>
        [machine, title, Whole(difference.Count), .. Cells(difference, decimals)];

    /// <summary>The difference, its interval and t as three cells: the difference in bold where the interval excludes 0.</summary>
    private static IReadOnlyList<string> Cells(PairedDifference difference, int decimals) => difference switch
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

    /// <summary>
    /// The figures of <see cref="Compact"/>: what decides whether a machine keeps up and how far behind it is. A difference
    /// is shown with two decimals more than the figure's own, since it is often smaller than the figure.
    /// </summary>
    private static readonly SweepFigure[] CompactFigures =
        [SweepFigures.ClockRate, SweepFigures.JumpMean, SweepFigures.DriftMean, SweepFigures.QueueGrowth, SweepFigures.ArrivalRate];

    /// <summary>
    /// Every combination but the baseline against it, paired by seed, in one table for a notebook: the slowest and the
    /// fastest machine both combinations have, with the figures of <see cref="CompactFigures"/>, and the run's false-order
    /// share and causal reach time on the slowest machine's row. Each cell is the mean difference, in bold where its 95 %
    /// interval excludes 0, then the interval and t; <c>identical in every run</c> where every pair agrees.
    /// </summary>
    /// <returns>The table with a line that names the baseline, or empty when the sweep has nothing paired.</returns>
    public static string Compact(SweepSummary summary)
    {
        var baseline = summary.Combinations.FirstOrDefault(c => c.Index == summary.Baseline);
        var paired = summary.Combinations.Where(c => c.PairedWithBaseline is not null).ToArray();
        if (baseline is null || paired.Length == 0)
        {
            return "";
        }

        string[] headers =
        [
            "Combination", "Machine", "Pairs", .. CompactFigures.Select(f => f.Title), "False-order share", "Causal reach time (s)",
        ];
        var rows = paired.SelectMany(combination =>
        {
            var comparison = combination.PairedWithBaseline!;
            PairedRank[] ranks = comparison.Machines.Count > 1 ? [comparison.Machines[0], comparison.Machines[^1]] : [.. comparison.Machines];
            return ranks.Select((rank, i) => (IReadOnlyList<string>)
            [
                i == 0 ? MarkdownText.Escape(combination.Label) : "",
                RankName(combination, rank),
                i == 0 ? Whole(comparison.Seeds) : "",
                .. CompactFigures.Select(f => Cell(rank[f], f.Decimals + 2)),
                i == 0 ? Cell(comparison.FalseOrderShare, 5) : "",
                i == 0 ? Cell(comparison.CausalReachSeconds, 3) : "",
            ]);
        });
        return $"Paired with combination {baseline.Index} ({MarkdownText.Escape(baseline.Label)}), seed by seed: each cell is the mean difference "
            + "(this combination minus the baseline, for the machine of the same rate rank), in **bold** where its 95 % confidence interval "
            + "excludes 0, then that interval and the paired t.\n\n"
            + MarkdownTable.Render(headers, rows);
    }

    /// <summary>
    /// Every combination but the baseline against it, paired by seed, for the clock figures of <see cref="ClockSweepFigures"/>: one
    /// row per combination, each cell as in <see cref="Compact"/>.
    /// </summary>
    /// <returns>The table with a line that names the baseline, or empty when the sweep compares no clocks or has nothing paired.</returns>
    public static string CompactClocks(SweepSummary summary)
    {
        var baseline = summary.Combinations.FirstOrDefault(c => c.Index == summary.Baseline);
        var paired = summary.Combinations.Where(c => c.PairedWithBaseline?.Clocks is not null).ToArray();
        if (baseline is null || paired.Length == 0)
        {
            return "";
        }

        var rows = paired.Select(combination => (IReadOnlyList<string>)
        [
            MarkdownText.Escape(combination.Label),
            Whole(combination.PairedWithBaseline!.Seeds),
            .. ClockSweepFigures.All.Select(f => Cell(combination.PairedWithBaseline.Clocks![f.Name], f.Decimals + 1)),
        ]);
        return $"Paired with combination {baseline.Index} ({MarkdownText.Escape(baseline.Label)}), seed by seed: each cell is the mean difference "
            + "of the run's figure (this combination minus the baseline), in **bold** where its 95 % confidence interval excludes 0, then that "
            + "interval and the paired t.\n\n"
            + MarkdownTable.Render(["Combination", "Pairs", .. ClockSweepFigures.All.Select(f => f.Title)], rows);
    }

    /// <summary>One cell of <see cref="Compact"/>: <c>**+0.509** (+0.502 to +0.516; t 135.42)</c>, or <c>identical in every run</c>.</summary>
    private static string Cell(PairedDifference difference, int decimals)
    {
        var cells = Cells(difference, decimals);
        return cells[1] == None ? cells[0] : $"{cells[0]} ({cells[1]}; t {cells[2]})";
    }

    /// <summary>A rank's name, with its rate when the combination pins the rates: <c>fastest (6 ticks/s)</c>.</summary>
    private static string RankName(CombinationSummary combination, PairedRank rank) =>
        combination.Machines.FirstOrDefault(m => m.Rank == rank.Rank) is { } machine ? SweepMarkdown.MachineName(combination, machine) : rank.Name;

    /// <summary>A difference with its sign, <c>+0.52</c> or <c>-0.31</c>; <c>0.00</c> when it rounds to nothing.</summary>
    private static string Signed(double value, int decimals)
    {
        var text = Fixed(value, decimals);
        return value > 0 && text != Fixed(0, decimals) ? "+" + text : text;
    }
}
