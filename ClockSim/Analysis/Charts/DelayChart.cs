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
        var drawn = ChartMachines.Of(machines);
        if (drawn.Together.Count > 0)
        {
            var together = drawn.Together.Select(m => delays[m.Machine - 1]).ToArray();
            var received = together.Sum(d => d.DelayMs.Count);
            var (x, y) = ChartSampler.Thin([.. together.SelectMany(d => d.ReceivedAtMs)], [.. together.SelectMany(d => d.DelayMs)]);
            top = Math.Max(top, AddPoints(plot, x, y, MarkerShape.FilledCircle, 4, ChartStyle.BandColor, $"{drawn.TogetherLabel}, {received} received"));
        }

        foreach (var machine in drawn.OneByOne)
        {
            var samples = delays[machine.Machine - 1];
            var (x, y) = ChartSampler.Thin(samples.ReceivedAtMs, samples.DelayMs);
            top = Math.Max(top, AddPoints(plot, x, y, ChartStyle.ShapeOf(drawn.StyleOf(machine.Machine)), 6, ChartStyle.Of(drawn.StyleOf(machine.Machine)), $"{machine.Label}, {samples.DelayMs.Count} received"));
        }

        ChartStyle.Label(plot, "Message delay from send to receive, by receiver", "Real time of the receive (s)", "Delay (s)", durationSeconds);
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.08 : 1);
        plot.ShowLegend(Alignment.UpperLeft);
        ChartStyle.Save(plot, path);
    }

    /// <summary>Adds receives as markers (milliseconds in, seconds on the axes) and returns the largest delay in seconds.</summary>
    private static double AddPoints(Plot plot, IReadOnlyList<double> receivedAtMs, IReadOnlyList<double> delayMs, MarkerShape shape, float size, Color color, string label)
    {
        double[] seconds = [.. receivedAtMs.Select(ms => ms / 1000)];
        double[] delaySeconds = [.. delayMs.Select(ms => ms / 1000)];
        var points = plot.Add.Markers(seconds, delaySeconds, shape, size, color);
        points.LegendText = label;
        return delaySeconds.DefaultIfEmpty(0).Max();
    }
}
