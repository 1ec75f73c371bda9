using ClockSim.Analysis.Clocks;
using ClockSim.Display;
using Spectre.Console;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Analysis.Report;

/// <summary>The four clocks side by side, in a table and in words, the same for the console and for summary.md.</summary>
internal static class ClocksText
{
    /// <summary>The table's headers.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["Clock", "Happened-before pairs it orders wrongly", "Its orderings that are invented", "Largest distance from true time"];

    /// <summary>One row per clock: physical, Lamport, vector, HLC.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(ClockFigures c) =>
        c.Clocks.Select(row => (IReadOnlyList<string>)[
            row.Clock,
            $"{Percent(row.WrongShare)} ({Whole(row.Wrong)} of {Whole(c.HappenedBefore)})",
            $"{Percent(row.InventedShare)} ({Whole(row.Invented)} of {Whole(row.Ordered)})",
            double.IsNaN(row.LargestDistanceMs) ? None : Milliseconds(row.LargestDistanceMs)]);

    /// <summary>The console's table, or null when the run has no clocks to compare.</summary>
    public static Table? Table(RunAnalysis run)
    {
        if (run.Clocks is not { } c)
        {
            return null;
        }

        var table = TableText.Create("The four clocks", "Clock", "Wrong on\nhappened-before", "Invented\norder", "Largest distance\nfrom true time");
        foreach (var row in Rows(c))
        {
            TableText.AddRow(table, [.. row.Select(cell => cell.Split(" (")[0])]);
        }

        return table;
    }

    /// <summary>The figures in words: how the pairs were compared, ε and the HLC's bound, its counter, the messages received before they were sent, the synchronisation.</summary>
    public static string Sentence(RunAnalysis run)
    {
        if (run.Clocks is not { } c)
        {
            return $"Clocks: unavailable, because {run.ClocksUnavailableBecause}.";
        }

        var how = c.Exact ? $"over all {Whole(c.PairsCompared)} pairs of events on different machines" : $"over a seeded sample of {Whole(c.PairsCompared)} pairs of events on different machines";
        var sync = c.Sync is { } s
            ? $" Cristian's synchronisation set a clock {Count(s.Adjustments, "time")}, {Whole(s.BackwardSteps)} of them backwards; the largest step was {Milliseconds(s.LargestStepMs)}, the mean round trip {Milliseconds(s.MeanRoundTripMs)}."
            : "";
        return $"Clocks ({how}; {Whole(c.HappenedBefore)} ordered by happened-before): the machines' own clocks were at most ε = {Milliseconds(c.SkewMs)} apart; "
            + $"the HLC's l ran at most {Milliseconds(c.HlcLargestAheadMs)} ahead of its machine's clock (bound ε + one resolution step of {Milliseconds(c.ResolutionMs)}: slack {Milliseconds(c.HlcBoundSlackMs)}), "
            + $"and its counter c reached {Whole(c.HlcMaxCounter)}. By the machines' own clocks {Whole(c.ReceivedBeforeSent)} of {Whole(c.Messages)} messages "
            + $"({Percent(c.ReceivedBeforeSentShare)}) were received before they were sent.{sync}";
    }

    /// <summary>The section of summary.md.</summary>
    public static string Section(RunAnalysis run)
    {
        if (run.Clocks is not { } c)
        {
            return $"Unavailable: {run.ClocksUnavailableBecause}.\n";
        }

        var explanation = "Each machine stamps every event with four clocks: its own physical clock (`PhysicalMs`: true time plus its offset and drift, "
            + "read to its resolution, corrected by synchronisation), Lamport's clock, the vector clock, and the hybrid logical clock (`Hlc`, l:c) "
            + "of Kulkarni et al. A clock orders a happened-before pair wrongly when it stamps the effect before the cause; it invents an order when "
            + "it stamps two concurrent events differently. Happened-before comes from the vector clocks, true time from `ElapsedMs`.";
        return $"{explanation}\n\n{MarkdownTable.Render(Headers, Rows(c))}\n{Sentence(run)}\n";
    }

    /// <summary>Milliseconds to the microsecond, e.g. <c>12.345 ms</c>.</summary>
    private static string Milliseconds(double value) => Number(value, 3) + " ms";
}
