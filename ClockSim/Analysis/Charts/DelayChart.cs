using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// Message delays as PNG: each message's delay from its send row to its receive row, against when it was received, a
/// colour and a marker shape per receiver: a queue that keeps up gives a flat band below one tick, a queue that grows
/// a rising line. Both axes start at 0: neither a time in the run nor a delay is ever negative.
/// </summary>
internal static class DelayChart
{
    private const float MarkerSize = 6;
    private const float TogetherMarkerSize = 4;

    public static void Save(string path, DelayFigure figure, RunChartSet charts)
    {
        using var plot = PngStyle.NewPlot();
        if (charts.Together is { } together && figure.Points.Count > charts.Lines.Count)
        {
            Add(plot, figure.Points[^1], MarkerShape.FilledCircle, TogetherMarkerSize, PngStyle.ColorOf(together.Color));
        }

        foreach (var (look, points) in charts.Lines.Zip(figure.Points))
        {
            Add(plot, points, PngStyle.ShapeOf(look.Marker), MarkerSize, PngStyle.ColorOf(look.Color));
        }

        var top = figure.Points.SelectMany(p => p.Y).DefaultIfEmpty(0).Max();
        PngStyle.Label(plot, figure.Title, figure.XLabel, figure.YLabel, figure.XEnd);
        plot.Axes.SetLimitsY(0, top > 0 ? top * 1.08 : 1);
        plot.ShowLegend(Alignment.UpperLeft);
        PngStyle.Save(plot, path);
    }

    private static void Add(Plot plot, DelayPoints points, MarkerShape shape, float size, Color color) =>
        plot.Add.Markers(points.X, points.Y, shape, size, color).LegendText = points.Label;
}
