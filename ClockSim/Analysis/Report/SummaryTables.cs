using ClockSim.Analysis.Statistics;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Analysis.Report;

/// <summary>The tables of <c>summary.md</c>, one method per table, each a row per machine.</summary>
internal static class SummaryTables
{
    public static string Machines(RunAnalysis run) => MarkdownTable.Render(
        ["Machine", "Tick rate (ticks/s)", "Ticks", "Receive", "Send", "SendAll", "Internal", "Final clock", "Clock rate (units/s)"],
        run.Machines.Select(m => Row(m.Label, Number(m.TickRate, 3), Whole(m.Counts.Ticks), Whole(m.Counts.Receives), Whole(m.Counts.Sends),
            Whole(m.Counts.SendAlls), Whole(m.Counts.Internals), Whole(m.Counts.FinalClock), Fixed(m.ClockRate))));

    public static string Jumps(RunAnalysis run) => MarkdownTable.Render(
        ["Machine", "Mean", "p50", "p95", "Max", "Largest at", "Histogram (jump size: events)"],
        run.Machines.Select(m => Row(m.Label, Fixed(m.Jumps.Mean), Number(m.Jumps.P50), Number(m.Jumps.P95), Whole(m.Jumps.Max),
            m.Jumps.MaxAtTick > 0 ? "tick " + Whole(m.Jumps.MaxAtTick) : None, Histogram(m.Jumps.Bins))));

    public static string Queues(RunAnalysis run) => MarkdownTable.Render(
        ["Machine", "Mean over ticks", "Time-weighted mean", "Max", "Final", "Growth (msg/s)"],
        run.Machines.Select(m => Row(m.Label, Fixed(m.Queue.MeanOverTicks), Fixed(m.Queue.TimeWeightedMean), Whole(m.Queue.Max),
            Whole(m.Queue.Final), Fixed(m.Queue.GrowthPerSecond, 3))));

    public static string Delays(RunAnalysis run) => MarkdownTable.Render(
        ["Receiver", "Messages", "Mean (ms)", "p95 (ms)", "Max (ms)", "Mean (ticks)", "p95 (ticks)", "Max (ticks)"],
        run.Machines.Select(m => Row(m.Label, Whole(m.DelayMs.Count), Fixed(m.DelayMs.Mean, 1), Fixed(m.DelayMs.P95, 1), Fixed(m.DelayMs.Max, 1),
            Fixed(m.DelayTicks.Mean), Number(m.DelayTicks.P95), Number(m.DelayTicks.Max))));

    public static string Drift(RunAnalysis run) => MarkdownTable.Render(
        ["Machine", "Final clock", "Mean drift (units)", "Lowest drift (units)"],
        run.Machines.Select(m => Row(m.Label, Whole(m.Counts.FinalClock), Fixed(m.Drift.Mean), Whole(m.Drift.Lowest))));

    public static string Theory(RunAnalysis run) => MarkdownTable.Render(
        ["Machine", "λ predicted (msg/s)", "λ measured", "Error", "Receiving predicted", "Receiving measured", "Queue growth predicted (msg/s)",
            "Queue growth measured", "Clock rate predicted (units/s)", "Clock rate measured", "Error"],
        run.Machines.Select(m => Row(m.Label,
            Fixed(m.Theory.ArrivalRate), Fixed(m.ArrivalRate), RelativeError(m.ArrivalRate, m.Theory.ArrivalRate),
            Percent(m.Theory.ReceivingShare), Percent(m.ReceivingShare),
            m.Theory.QueueGrows ? Fixed(m.Theory.QueueGrowth) : "0 (stable)", Fixed(m.Queue.GrowthPerSecond),
            Fixed(m.Theory.ClockRate), Fixed(m.ClockRate), RelativeError(m.ClockRate, m.Theory.ClockRate))));

    /// <summary>The doubling bins that hold any event, e.g. <c>1: 900 · 2: 30 · 3–4: 12</c>.</summary>
    public static string Histogram(IReadOnlyList<long> bins)
    {
        var cells = bins.Select((count, bin) => (count, bin)).Where(x => x.count > 0).Select(x => $"{JumpCounts.BinLabel(x.bin)}: {Whole(x.count)}");
        return string.Join(" · ", cells) is { Length: > 0 } text ? text : None;
    }

    private static string[] Row(params string[] cells) => cells;
}
