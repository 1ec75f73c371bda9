using Spectre.Console;
using static ClockSim.Analysis.AnalysisFormat;

namespace ClockSim.Analysis;

/// <summary>What the console shows of an analysis: the key figures per machine, the verdict, and where summary.md is.</summary>
internal static class AnalysisConsole
{
    /// <summary>How many violations the console lists; summary.md lists more.</summary>
    private const int ViolationsShown = 10;

    public static void Write(IAnsiConsole console, RunAnalysis run, string summaryPath)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Analysis over {Number(run.DurationSeconds, 3)} s"));
        table.AddColumns("Machine", "Ticks", "Final clock", "Clock rate /s", "Model /s", "Max jump", "Queue mean", "Queue max",
            "Queue growth /s", "Delay mean", "Mean drift");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var m in run.Machines)
        {
            string[] cells =
            [
                m.Label, Whole(m.Counts.Ticks), Whole(m.Counts.FinalClock), Fixed(m.ClockRate), Fixed(m.Theory.ClockRate), Whole(m.Jumps.Max),
                Fixed(m.Queue.MeanOverTicks), Whole(m.Queue.Max), Fixed(m.Queue.GrowthPerSecond), Duration(m.DelayMs.Mean), Fixed(m.Drift.MeanAbs, 1),
            ];
            table.AddRow([.. cells.Select(Markup.Escape)]);
        }

        console.Write(table);
        console.WriteLine($"Final clocks end {Whole(run.FinalClockGap)} apart.");
        WriteVerdict(console, run.Verdict);
        console.WriteLine($"Summary: {summaryPath}");
    }

    private static void WriteVerdict(IAnsiConsole console, Verdict verdict)
    {
        if (verdict.IsValid)
        {
            console.MarkupLine("Verdict: [green]valid[/]");
            return;
        }

        console.MarkupLine($"Verdict: [red]invalid[/], {Count(verdict.Count, "violation")}; the first:");
        foreach (var violation in verdict.First.Take(ViolationsShown))
        {
            console.WriteLine("  " + violation);
        }
    }
}
