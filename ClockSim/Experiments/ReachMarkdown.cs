using ClockSim.Analysis.Report;
using ClockSim.Sweeps;
using static ClockSim.Analysis.Report.AnalysisFormat;
using ClockSim.Application;

namespace ClockSim.Experiments;

/// <summary>
/// The false-order share of every combination beside the run's length T and the causal reach time R, for the notebook's
/// first-order theory of the share: concurrent pairs lie within a window about 2R wide
/// around each event, while Lamport-ordered pairs grow as T², so the share is near k·R/T with k about 2. The table gives
/// share × T and share × T / R (each from the combination's means), so a reader sees how near constant they stay.
/// </summary>
internal static class ReachMarkdown
{
    private static readonly string[] Headers =
    [
        "Combination", "Runs", "Length T (s)", "False-order share", "Causal reach R (s)", "Events not reaching every machine", "Share × T (s)", "Share × T / R",
    ];

    public static string Table(SweepSummary summary) =>
        MarkdownTable.Render(Headers, summary.Combinations.Select(c =>
        {
            var share = c.FalseOrderShare.Mean;
            var reach = c.CausalReachSeconds.Mean;
            return (IReadOnlyList<string>)
            [
                MarkdownText.Escape(c.Label),
                Whole(c.Runs),
                Number(c.DurationSeconds, 0),
                SweepMarkdown.MeanText(c.FalseOrderShare, 4),
                SweepMarkdown.MeanText(c.CausalReachSeconds, 3),
                Percent(c.CausalReachNotCompletedShare.Mean),
                Fixed(share * c.DurationSeconds, 2),
                reach > 0 ? Fixed(share * c.DurationSeconds / reach, 2) : None,
            ];
        }));
}
