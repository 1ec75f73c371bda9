using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Analysis.Report;

/// <summary>The configured network beside the measurements, for the console and summary.md.</summary>
internal static class NetworkText
{
    public static string Sentence(RunAnalysis run)
    {
        var n = run.Network;
        var loss = n.ConfiguredLossRate > 0 ? $"; lost {Percent(n.MeasuredLossShare)} (configured {Percent(n.ConfiguredLossRate)})" : "";
        return $"Network: {n.Configured}. Send to receive took {Duration(n.MeasuredMeanDelayMs)} on average"
            + (n.IsDefault ? "" : $" (configured mean delay {Duration(n.ConfiguredMeanDelayMs)}, the rest is the wait in the queue)") + $"{loss}.";
    }

    public static string Section(RunAnalysis run)
    {
        var n = run.Network;
        var measured = MarkdownTable.Render(
            ["Figure", "Configured", "Measured"],
            [
                ["Mean delay (ms)", Fixed(n.ConfiguredMeanDelayMs, 1), Fixed(n.MeasuredMeanDelayMs, 1) + " (send row to receive row: delay + wait in the queue)"],
                ["Loss", Percent(n.ConfiguredLossRate), Percent(n.MeasuredLossShare) + $" ({Whole(n.Messages.DroppedByLoss)} of {Whole(n.Messages.Sent)})"],
            ]);
        var lag = MarkdownTable.Render(
            ["Machine", "Drift from the delay, predicted", "Drift mean, measured"],
            run.Machines.Select(m => (IReadOnlyList<string>)[m.Label, Fixed(m.Theory.DelayDrift), Fixed(m.Drift.Mean)]));
        return $"{n.Configured}.\n\nMessages: {n.Messages}. Every message that was not received is listed, with why, in `undelivered.csv`.\n\n"
            + measured + "\n"
            + "A delayed message is older when it is read: a machine that keeps up and follows a faster clock of rate R through a link of mean "
            + "delay d lags it by about R·d clock units (the prediction below; 0 for a machine that keeps its own pace, a dash for one whose queue "
            + "grows). The measured drift also holds the wait for the machine's own next tick, so it sits a little below the prediction.\n\n" + lag;
    }
}
