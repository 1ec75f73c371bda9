using ScottPlot;

namespace ClockSim.Analysis;

/// <summary>A line per machine against real time, drawn as steps: the clock, drift and queue charts.</summary>
internal static class TimeSeriesChart
{
    /// <param name="gridMs">The instants of every series, in milliseconds; the x axis shows seconds.</param>
    /// <param name="series">One per machine, in machine order, with its values at <paramref name="gridMs"/>.</param>
    public static void Save(string path, string title, string yLabel, IReadOnlyList<double> gridMs,
        IReadOnlyList<(MachineAnalysis Machine, double[] Values)> series, Alignment legend)
    {
        using var plot = new Plot();
        var seconds = gridMs.Select(ms => ms / 1000).ToArray();
        foreach (var (machine, values) in series)
        {
            var line = plot.Add.Scatter(seconds, values, ChartStyle.Of(machine.Machine));
            line.LegendText = machine.Label;
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.ConnectStyle = ConnectStyle.StepHorizontal;
        }

        ChartStyle.Label(plot, title, "Real time since the start (s)", yLabel);
        plot.ShowLegend(legend);
        ChartStyle.Save(plot, path);
    }
}
