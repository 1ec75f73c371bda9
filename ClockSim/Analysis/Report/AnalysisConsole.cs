using ClockSim.Analysis.Report.Html;
using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Theory;
using ClockSim.Display;
using Spectre.Console;
using static ClockSim.Analysis.Report.AnalysisFormat;
using ClockSim.Application;

namespace ClockSim.Analysis.Report;

/// <summary>
/// What the console shows of an analysis: two tables of key figures per machine (clocks; drift and queues), each
/// narrow enough for an 80-column terminal, the four clocks side by side, then the verdict with the rules it checked, and where summary.md and report.html are.
/// </summary>
internal static class AnalysisConsole
{
    /// <summary>How many violations the console lists; summary.md lists more.</summary>
    private const int ViolationsShown = 10;

    public static void Write(IAnsiConsole console, RunAnalysis run, string summaryPath)
    {
        var clocks = TableText.Create($"Clocks over {Number(run.DurationSeconds, 3)} s",
            "Machine", "Ticks", "Final\nclock", "Clock rate\nmeasured", "Clock rate\npredicted", "Max\njump");
        var queues = TableText.Create("Drift and queues",
            "Machine", "Drift\nmean", "Drift\nlowest", "Queue\nmean", "Queue\nmax", "Queue\ngrowth /s", "Delay\nmean");
        foreach (var m in run.Machines)
        {
            TableText.AddRow(clocks, m.Label, Whole(m.Counts.Ticks), Whole(m.Counts.FinalClock), Fixed(m.ClockRate), Fixed(m.Theory.ClockRate),
                Whole(m.Jumps.Max));
            TableText.AddRow(queues, m.Label, Fixed(m.Drift.Mean, 1), Whole(m.Drift.Lowest), Fixed(m.Queue.MeanOverTicks), Whole(m.Queue.Max),
                Fixed(m.Queue.GrowthPerSecond), Duration(m.DelayMs.Mean));
        }

        console.Write(clocks);
        console.WriteLine("Clock rate: logical clock units per real second, measured as the least-squares slope, and predicted "
            + $"by the queueing model from {TheoryModel.Inputs} (summary.md compares the two).");
        console.Write(queues);
        console.WriteLine("Drift: a clock minus the largest clock at the same instant, so 0 for the leader and negative behind it. "
            + $"Final clocks end {Whole(run.FinalClockGap)} apart.");
        console.WriteLine(NetworkText.Sentence(run));
        console.WriteLine(CausalityText.Sentence(run));
        if (ClocksText.Table(run) is { } table)
        {
            console.Write(table);
        }

        console.WriteLine(ConsoleText.Line(ClocksText.Sentence(run)));
        WriteVerdict(console, run.Verdict);
        console.WriteLine(ConsoleText.Line($"Summary: {summaryPath}"));
        console.WriteLine(ConsoleText.Line($"Report: {Path.Combine(Path.GetDirectoryName(summaryPath) ?? "", ReportHtml.FileName)} (open it in a browser)"));
    }

    private static void WriteVerdict(IAnsiConsole console, Verdict verdict)
    {
        var word = verdict.IsValid ? "[green]valid[/]" : "[red]invalid[/]";
        var shown = verdict.IsValid ? "" : $" The first {Whole(Math.Min(verdict.First.Count, ViolationsShown))}:";
        console.MarkupLine($"Verdict: {word}{Markup.Escape(VerdictText.Detail(verdict) + shown)}");
        foreach (var violation in verdict.First.Take(ViolationsShown))
        {
            console.WriteLine(ConsoleText.Line("  " + violation));
        }
    }
}
