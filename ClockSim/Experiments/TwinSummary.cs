using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Experiments;

/// <summary>
/// The notebook's <c>twins</c> block: for every experiment, how its committed runs sit among their virtual twin (see
/// <see cref="TwinReport"/>), so prose about the two engines cites counts that follow the results.
/// </summary>
internal static class TwinSummary
{
    private static readonly string[] Headers =
    [
        "Experiment", "Engine, phases", "Runs", "Inside", "Outside", "Share inside", "Degenerate ranges", "Equal to the same seed's virtual run",
    ];

    /// <param name="experiments">Each experiment with its committed runs and their counts.</param>
    public static string Render(IEnumerable<(Experiment Experiment, IReadOnlyList<RunAnalysis> Runs, TwinCounts Counts)> experiments) =>
        "Each committed run's figures against the middle 95 % of its twin's virtual runs at the other seeds (the tables under each "
        + "experiment): *inside* and *outside* count the figures placed, *degenerate ranges* those whose range has no width at the "
        + "precision shown (every virtual run, or the middle 95 % of them, gives the same value, so the test could not fail or could "
        + "only fail), and the last column how many figures equal, at the precision shown, the virtual run of the same seed.\n\n"
        + MarkdownTable.Render(Headers, experiments.Where(e => e.Runs.Count > 0).Select(e => (IReadOnlyList<string>)
        [
            e.Experiment.Name,
            $"{e.Runs[0].Manifest.Options.Engine}, {e.Runs[0].Manifest.Options.Phases}",
            Whole(e.Runs.Count),
            Whole(e.Counts.Inside),
            Whole(e.Counts.Outside),
            e.Counts.Inside + e.Counts.Outside > 0 ? Percent((double)e.Counts.Inside / (e.Counts.Inside + e.Counts.Outside)) : None,
            Whole(e.Counts.Degenerate),
            $"{Whole(e.Counts.SameSeedEqual)} of {Whole(e.Counts.SameSeedCompared)}",
        ]));
}
