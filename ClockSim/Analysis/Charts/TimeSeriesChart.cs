using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// The clock, drift and queue charts as PNG: a line per machine drawn one by one, as steps, and the others as a grey
/// band. Besides its colour, pattern and width, each line carries a few markers of its own shape, staggered between
/// machines, so that lines lying on top of each other (two queues at 0, two clocks in step) can still be told apart.
/// </summary>
internal static class TimeSeriesChart
{
    private const float MarkerSize = 8;

    public static void Save(string path, TimeSeriesFigure figure, RunChartSet charts)
    {
        using var plot = PngStyle.NewPlot();
        if (figure.Band is { } band && charts.Together is { } together)
        {
            var fill = plot.Add.FillY(band.X, band.Low, band.High);
            fill.FillColor = PngStyle.ColorOf(together.Color);
            fill.LineWidth = 0;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = band.Label, FillColor = fill.FillColor });
        }

        foreach (var (look, line) in charts.Lines.Zip(figure.Lines))
        {
            var (color, pattern, shape) = (PngStyle.ColorOf(look.Color), PngStyle.PatternOf(look.Dash), PngStyle.ShapeOf(look.Marker));
            var scatter = plot.Add.Scatter(line.X, line.Y, color);
            scatter.MarkerSize = 0;
            scatter.LineWidth = look.Width;
            scatter.LinePattern = pattern;
            scatter.ConnectStyle = ConnectStyle.StepHorizontal;
            plot.Add.Markers(line.MarkerX, line.MarkerY, shape, MarkerSize, color);
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = look.Label,
                LineColor = color,
                LineWidth = look.Width,
                LinePattern = pattern,
                MarkerShape = shape,
                MarkerSize = MarkerSize,
                MarkerColor = color,
            });
        }

        plot.Axes.AutoScale();
        PngStyle.Label(plot, figure.Title, figure.XLabel, figure.YLabel, figure.XEnd);
        plot.ShowLegend(PngStyle.AlignmentOf(figure.Legend));
        PngStyle.Save(plot, path);
    }
}
