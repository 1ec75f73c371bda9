using System.Text;
using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Theory;
using ClockSim.Display;
using static ClockSim.Analysis.Report.AnalysisFormat;
using ClockSim.Application;

namespace ClockSim.Analysis.Report;

/// <summary>
/// The text of <c>summary.md</c>: the run in one line, the verdict, the plain reading, every table, and the charts:
/// embedded by relative path when they were drawn as PNG files (so the folder can be moved or copied whole), otherwise
/// where to see them.
/// </summary>
internal static class SummaryMarkdown
{
    public const string FileName = "summary.md";

    /// <summary>The title of the verdict's section, after which report.html splits the summary.</summary>
    public const string VerdictSection = "Verdict";

    /// <summary>The title of the charts' section, which report.html replaces with its own drawings.</summary>
    public const string ChartsSection = "Charts";

    /// <param name="pngCharts">The charts drawn as PNG files into the run folder; empty when they were not.</param>
    public static string Render(RunAnalysis run, IReadOnlyList<ChartFile> pngCharts)
    {
        var options = run.Manifest.Options;
        var text = new StringBuilder();
        text.Append("# Analysis of run ").Append(MarkdownText.Escape(Path.GetFileName(Path.TrimEndingDirectorySeparator(run.Folder)))).Append("\n\n");
        text.Append(Whole(run.Machines.Count)).Append(run.Machines.Count <= MachineLabel.ListedOneByOne ? " machines at " : " machines: ")
            .Append(MachineLabel.Rates([.. run.Machines.Select(m => m.TickRate)]))
            .Append("; weights ").Append(Number(options.Weights.SendToOne, 3)).Append('/').Append(Number(options.Weights.SendToAll, 3))
            .Append('/').Append(Number(options.Weights.Internal, 3)).Append(" (send to one / send to all / internal); seed ")
            .Append(Whole(run.Manifest.Seed)).Append("; ").Append(MarkdownText.Escape(run.Manifest.EndReason)).Append(" after ")
            .Append(Number(run.Manifest.ElapsedSeconds, 3)).Append(" s; the CSVs span ").Append(Number(run.DurationSeconds, 3)).Append(" s.\n\n");

        Section(text, VerdictSection, Verdict(run.Verdict));
        Section(text, "Reading the run", string.Concat(RunReading.Sentences(run).Select(s => "- " + s + "\n")));
        Section(text, "Machines", "Clock rate is the slope of the least-squares line of logical clock against real time.\n\n" + SummaryTables.Machines(run));
        Section(text, "Jumps", "A jump is the clock after an event minus the clock before it: 1 for a local event, more when a receive catches up with a clock ahead of its own.\n\n"
            + SummaryTables.Jumps(run));
        Section(text, "Queues", "Messages waiting after each tick. Growth is the least-squares slope of queue length against real time.\n\n" + SummaryTables.Queues(run));
        Section(text, "Message delay", "From the send row to the receive row, in milliseconds and in the receiver's ticks.\n\n" + SummaryTables.Delays(run));
        Section(text, "Drift", "Drift is a clock minus the largest clock of all machines at the same instant: 0 for the leader, negative behind it, "
            + "never positive. The table gives its time-weighted mean and its lowest value, in clock units.\n\n"
            + SummaryTables.Drift(run) + "\nGap between the fastest and slowest final clocks: " + Whole(run.FinalClockGap) + ".\n");
        Section(text, "Network", NetworkText.Section(run));
        Section(text, "Causality: how much order Lamport invents", CausalityText.Section(run));
        Section(text, "The four clocks: physical, Lamport, vector, hybrid logical", ClocksText.Section(run));
        Section(text, "Theory beside measurement", Theory(run));
        Section(text, ChartsSection, pngCharts.Count > 0
            ? string.Concat(pngCharts.Select(c => $"### {c.Title}\n\n![{c.Title}]({c.FileName})\n\n"))
            : "`report.html` draws the five charts:\n\n" + string.Concat(RunChartSet.Files.Select(c => $"- {c.Title}\n")) + "\n"
                + "For PNG files beside this summary, set `Simulation:PngCharts` to `true` (in appsettings.json, or `--Simulation:PngCharts=true`) and run or analyse again.\n");
        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary><c>valid</c> with the rules checked, or <c>invalid</c> with the rules broken and the first violations.</summary>
    public static string Verdict(Verdict verdict)
    {
        var line = $"**{VerdictText.Word(verdict)}**{VerdictText.Detail(verdict)}";
        if (verdict.IsValid)
        {
            return line + "\n";
        }

        var shown = verdict.First.Count < verdict.Count ? $" The first {Whole(verdict.First.Count)}:" : "";
        return line + shown + "\n\n" + string.Concat(verdict.First.Select(v => $"- {MarkdownText.Code(v.Where.ToString())}: {MarkdownText.Escape(v.Message)} ({v.Rule})\n"));
    }

    private static string Theory(RunAnalysis run) =>
        $"The model knows only {TheoryModel.Inputs}. A tick with an empty queue sends to a given peer with "
        + $"probability p = {Number(run.SendProbability, 4)}; λ is the rate at which messages reach a machine's queue, and the receiving share ρ "
        + "the part of its ticks spent taking them. A queue grows when λ exceeds its tick rate, by λ − rate messages a second; at λ equal to the rate it has no drift but wanders like a random walk, so it can still grow in one run. The predicted clock rate is "
        + "max(own rate, fastest clock heard) for a machine that keeps up, and max(own rate, fastest clock heard × rate / λ) for one that falls behind. "
        + "Error is (measured − predicted) / predicted.\n\n" + SummaryTables.Theory(run);

    private static void Section(StringBuilder text, string title, string body) =>
        text.Append("## ").Append(title).Append("\n\n").Append(body.TrimEnd()).Append("\n\n");
}
