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
        var clocks = MachineTable.Create($"Clocks over {Number(run.DurationSeconds, 3)} s", run.Machines, Identity,
            Column("Ticks", m => m.Counts.Ticks), Column("Final\nclock", m => m.Counts.FinalClock),
            Column("Clock rate\nmeasured", m => m.ClockRate, v => Fixed(v)), Column("Clock rate\npredicted", m => m.Theory.ClockRate, v => Fixed(v)),
            Column("Max\njump", m => m.Jumps.Max));
        var queues = MachineTable.Create("Drift and queues", run.Machines, Identity,
            Column("Drift\nmean", m => m.Drift.Mean, v => Fixed(v, 1)), Column("Drift\nlowest", m => m.Drift.Lowest),
            Column("Queue\nmean", m => m.Queue.MeanOverTicks, v => Fixed(v)), Column("Queue\nmax", m => m.Queue.Max),
            Column("Queue\ngrowth /s", m => m.Queue.GrowthPerSecond, v => Fixed(v)), Column("Delay\nmean", m => m.DelayMs.Mean, Duration));
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

    private static (int, double) Identity(MachineAnalysis machine) => (machine.Machine, machine.TickRate);

    private static MachineColumn<MachineAnalysis> Column(string header, Func<MachineAnalysis, double> value, Func<double, string> format) => new(header, value, format);

    private static MachineColumn<MachineAnalysis> Column(string header, Func<MachineAnalysis, long> value) => MachineColumn<MachineAnalysis>.Whole(header, value);

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
