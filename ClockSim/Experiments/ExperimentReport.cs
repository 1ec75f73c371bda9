using System.Text;
using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using ClockSim.Analysis.Report.Html;
using ClockSim.Application;

namespace ClockSim.Experiments;

/// <summary>
/// The generated part of the notebook for one experiment: its configuration, a table of every run's
/// figures, and its key charts. Numbers come only from the analysed run folders.
/// </summary>
internal static class ExperimentReport
{
    private static readonly string[] Headers =
    [
        "Seed", "Machine", "Clock rate (/s)", "Jump mean", "Jump max", "Drift mean", "Drift lowest", "Queue mean", "Queue max",
        "Final clock", "Queue growth, model (msg/s)", "Queue growth, measured (msg/s)",
    ];

    /// <param name="linkBase">The path from the document to the experiment's results folder, e.g. <c>results/baseline/</c>.</param>
    public static string Render(Experiment experiment, IReadOnlyList<RunAnalysis> runs, string linkBase)
    {
        var text = new StringBuilder();
        text.Append("**Question.** ").Append(MarkdownText.Escape(experiment.Options.Question)).Append("\n\n");
        text.Append("**Configuration** (").Append(MarkdownText.Code($"experiments/{experiment.Name}.json")).Append("):\n\n")
            .Append(MarkdownText.Block(File.ReadAllText(experiment.FilePath).Trim(), "json")).Append('\n');
        if (runs.Count == 0)
        {
            return text.Append("*No committed runs: run `experiments/run.sh ").Append(experiment.Name).Append("`.*\n").ToString();
        }

        var invalid = runs.Count(r => !r.Verdict.IsValid);
        text.Append(AnalysisFormat.Count(runs.Count, "run")).Append(", ")
            .Append(AnalysisFormat.Number(runs.Average(r => r.DurationSeconds), 1)).Append(" s each; verdict: ")
            .Append(invalid == 0 ? "every run valid" : $"{invalid} invalid").Append(".\n\n");
        text.Append(MarkdownTable.Render(Headers, runs.SelectMany(Rows)));

        // The run with the widest spread of rates shows the effects most plainly.
        var key = runs.MaxBy(r => r.Machines.Max(m => m.TickRate) / r.Machines.Min(m => m.TickRate))!;
        var folder = linkBase + Path.GetFileName(key.Folder) + "/";
        text.Append("\nSpace-time reports (open in a browser): ")
            .AppendJoin(" · ", runs.Select(r => $"[seed {r.Manifest.Seed}]({ReportLink(linkBase, r)})")).Append('\n');
        text.Append("\nKey charts (seed ").Append(key.Manifest.Seed).Append("; every run's charts and `summary.md` are in its folder):\n\n")
            .Append("![Logical clock vs real time](").Append(folder).Append("clock.png)\n")
            .Append("![Queue length vs real time](").Append(folder).Append("queue.png)\n");
        return text.ToString();
    }

    private static string ReportLink(string linkBase, RunAnalysis run) => linkBase + Path.GetFileName(run.Folder) + "/" + ReportHtml.FileName;

    private static IEnumerable<IReadOnlyList<string>> Rows(RunAnalysis run) => run.Machines.Select(m => (IReadOnlyList<string>)
    [
        AnalysisFormat.Whole(run.Manifest.Seed),
        m.Label,
        AnalysisFormat.Fixed(m.ClockRate),
        AnalysisFormat.Fixed(m.Jumps.Mean),
        AnalysisFormat.Whole(m.Jumps.Max),
        AnalysisFormat.Fixed(m.Drift.Mean, 1),
        AnalysisFormat.Whole(m.Drift.Lowest),
        AnalysisFormat.Fixed(m.Queue.TimeWeightedMean),
        AnalysisFormat.Whole(m.Queue.Max),
        AnalysisFormat.Whole(m.Counts.FinalClock),
        AnalysisFormat.Fixed(m.Theory.QueueGrowth),
        AnalysisFormat.Fixed(m.Queue.GrowthPerSecond),
    ]);
}
