using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// A line per machine against real time, drawn as steps: the clock, drift and queue charts; above
/// <see cref="ChartMachines.MaxDrawnOneByOne"/> machines, a few chosen ones and a band for the others. Besides its colour,
/// pattern and width, each line carries a few markers of its own shape, staggered between machines, so that lines
/// lying on top of each other (two queues at 0, two clocks in step) can still be told apart.
/// </summary>
internal static class TimeSeriesChart
{
    private const int MarkersPerLine = 16;
    private const float MarkerSize = 8;

    /// <param name="gridMs">The instants of every series, in milliseconds from 0 to the end of the run; the x axis shows seconds.</param>
    /// <param name="series">One per machine, in machine order, with its values at <paramref name="gridMs"/>.</param>
    public static void Save(string path, string title, string yLabel, IReadOnlyList<double> gridMs,
        IReadOnlyList<(MachineAnalysis Machine, double[] Values)> series, Alignment legend)
    {
        using var plot = new Plot();
        var seconds = gridMs.Select(ms => ms / 1000).ToArray();
        var drawn = ChartMachines.Of([.. series.Select(s => s.Machine)]);
        if (drawn.Together.Count > 0)
        {
            AddBand(plot, seconds, [.. series.Where(s => !drawn.IsOneByOne(s.Machine.Machine)).Select(s => s.Values)], drawn.TogetherLabel);
        }

        var oneByOne = series.Where(s => drawn.IsOneByOne(s.Machine.Machine)).ToArray();
        foreach (var (index, (machine, values)) in oneByOne.Index())
        {
            var style = drawn.StyleOf(machine.Machine);
            var color = ChartStyle.Of(style);
            var (lineX, lineY) = StepCorners(seconds, values);
            var line = plot.Add.Scatter(lineX, lineY, color);
            line.MarkerSize = 0;
            line.LineWidth = ChartStyle.LineWidthOf(style, oneByOne.Length);
            line.LinePattern = ChartStyle.PatternOf(style);
            line.ConnectStyle = ConnectStyle.StepHorizontal;

            var marked = MarkedIndexes(seconds.Length, index, oneByOne.Length);
            double[] markerX = [.. marked.Select(k => seconds[k])];
            double[] markerY = [.. marked.Select(k => values[k])];
            plot.Add.Markers(markerX, markerY, ChartStyle.ShapeOf(style), MarkerSize, color);
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = machine.Label,
                LineColor = color,
                LineWidth = line.LineWidth,
                LinePattern = line.LinePattern,
                MarkerShape = ChartStyle.ShapeOf(style),
                MarkerSize = MarkerSize,
                MarkerColor = color,
            });
        }

        plot.Axes.AutoScale();
        ChartStyle.Label(plot, title, "Real time since the start (s)", yLabel, seconds.DefaultIfEmpty(0).Last());
        plot.ShowLegend(legend);
        ChartStyle.Save(plot, path);
    }

    /// <summary>The lowest and highest of <paramref name="values"/> at each instant, as a grey band with one legend entry.</summary>
    private static void AddBand(Plot plot, double[] seconds, IReadOnlyList<double[]> values, string label)
    {
        var low = new double[seconds.Length];
        var high = new double[seconds.Length];
        Array.Fill(low, double.PositiveInfinity);
        Array.Fill(high, double.NegativeInfinity);
        foreach (var series in values)
        {
            for (var k = 0; k < seconds.Length; k++)
            {
                low[k] = Math.Min(low[k], series[k]);
                high[k] = Math.Max(high[k], series[k]);
            }
        }

        var band = plot.Add.FillY(seconds, low, high);
        band.FillColor = ChartStyle.BandColor;
        band.LineWidth = 0;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{label}: lowest to highest", FillColor = ChartStyle.BandColor });
    }

    /// <summary>
    /// The points where a step line changes value, plus its first and last: drawn as steps, they make the same line
    /// as every grid point, and a clock or queue that holds still for most of the grid costs nothing to draw there.
    /// </summary>
    private static (double[] X, double[] Y) StepCorners(double[] x, double[] y)
    {
        var kept = Enumerable.Range(0, x.Length).Where(k => k == 0 || k == x.Length - 1 || y[k] != y[k - 1]).ToArray();
        return ([.. kept.Select(k => x[k])], [.. kept.Select(k => y[k])]);
    }

    /// <summary>Evenly spaced points of a series of <paramref name="count"/>, shifted by a fraction of the spacing per machine.</summary>
    private static int[] MarkedIndexes(int count, int machineIndex, int machineCount)
    {
        var spacing = Math.Max(1, count / MarkersPerLine);
        var offset = (spacing * machineIndex / Math.Max(1, machineCount)) + (spacing / (2 * Math.Max(1, machineCount)));
        return [.. Enumerable.Range(0, MarkersPerLine + 1).Select(j => offset + (j * spacing)).Where(k => k < count)];
    }
}
