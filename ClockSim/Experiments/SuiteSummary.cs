using ClockSim.Analysis;
using ClockSim.Analysis.Report;

namespace ClockSim.Experiments;

/// <summary>One line per experiment, so what changed between experiments reads off a single table.</summary>
internal static class SuiteSummary
{
    private static readonly string[] Headers =
    [
        "Experiment", "Runs", "Tick rates", "Slowest machine's mean jump", "Largest jump", "Mean drift (furthest machine)",
        "Lowest drift", "Longest queue", "Final clock gap (mean)", "Valid runs",
    ];

    public static string Render(IReadOnlyList<(Experiment Experiment, IReadOnlyList<RunAnalysis> Runs)> experiments) =>
        MarkdownTable.Render(Headers, experiments.Where(e => e.Runs.Count > 0).Select(e => Row(e.Experiment, [.. e.Runs.Select(ExperimentRunFigures.Of)])));

    private static IReadOnlyList<string> Row(Experiment experiment, IReadOnlyList<ExperimentRunFigures> runs) =>
    [
        experiment.Name,
        AnalysisFormat.Whole(runs.Count),
        string.Join(" · ", runs.Select(r => r.Rates).Distinct()),
        AnalysisFormat.Fixed(runs.Average(r => r.MeanJumpOfSlowest)),
        AnalysisFormat.Whole(runs.Max(r => r.MaxJump)),
        AnalysisFormat.Fixed(runs.Average(r => r.MeanDriftOfFurthest), 1),
        AnalysisFormat.Whole(runs.Min(r => r.LowestDrift)),
        AnalysisFormat.Whole(runs.Max(r => r.MaxQueue)),
        AnalysisFormat.Fixed(runs.Average(r => r.FinalClockGap), 1),
        $"{runs.Count(r => r.Valid)} of {runs.Count}",
    ];
}
