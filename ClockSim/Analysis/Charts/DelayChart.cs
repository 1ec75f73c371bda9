using ScottPlot;

namespace ClockSim.Analysis;

/// <summary>
/// Each message's delay from its send row to its receive row, against when it was received, a colour per
/// receiver: a queue that keeps up gives a flat band below one tick, a queue that grows a rising line.
/// </summary>
internal static class DelayChart
{
    public static void Save(string path, IReadOnlyList<MachineAnalysis> machines, IReadOnlyList<DelaySamples> delays)
    {
        using var plot = new Plot();
        foreach (var machine in machines)
        {
            var samples = delays[machine.Machine - 1];
            var (x, y) = ChartSampler.Thin(samples.ReceivedAtMs, samples.DelayMs);
            double[] seconds = [.. x.Select(ms => ms / 1000)];
            double[] delaySeconds = [.. y.Select(ms => ms / 1000)];
            var points = plot.Add.Markers(seconds, delaySeconds, MarkerShape.FilledCircle, 4, ChartStyle.Of(machine.Machine));
            points.LegendText = $"{machine.Label}, {samples.DelayMs.Count} received";
        }

        ChartStyle.Label(plot, "Message delay from send to receive, by receiver", "Real time of the receive (s)", "Delay (s)");
        plot.Axes.Margins(bottom: 0.05);
        plot.ShowLegend(Alignment.UpperLeft);
        ChartStyle.Save(plot, path);
    }
}
