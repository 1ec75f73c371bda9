using ClockSim.Analysis.Statistics;
using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// Each message's delay from its send row to its receive row, against when it was received, a colour and a marker
/// shape per receiver: a queue that keeps up gives a flat band below one tick, a queue that grows a rising line.
/// Both axes start at 0: neither a time in the run nor a delay is ever negative.
/// </summary>
internal static class DelayChart
{
    public static void Save(string path, IReadOnlyList<MachineAnalysis> machines, IReadOnlyList<DelaySamples> delays, double durationSeconds)
    {
        using var plot = new Plot();
        double top = 0;
        foreach (var machine in machines)
        {
            var samples = delays[machine.Machine - 1];
            var (x, y) = ChartSampler.Thin(samples.ReceivedAtMs, samples.DelayMs);
            double[] seconds = [.. x.Select(ms => ms / 1000)];
            double[] delaySeconds = [.. y.Select(ms => ms / 1000)];
            top = delaySeconds.Append(top).Max();
            var points = plot.Add.Markers(seconds, delaySeconds, ChartStyle.ShapeOf(machine.Machine), 6, ChartStyle.Of(machine.Machine));
            points.LegendText = $"{machine.Label}, {samples.DelayMs.Count} received";
        }

        ChartStyle.Label(plot, "Message delay from send to receive, by receiver", "Real time of the receive (s)", "Delay (s)", durationSeconds);
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.08 : 1);
        plot.ShowLegend(Alignment.UpperLeft);
        ChartStyle.Save(plot, path);
    }
}
