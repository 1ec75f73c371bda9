using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// How one entry of a chart is drawn, the same on every chart of a run and in both renderings (the PNG files and the
/// report's own drawings): its legend label, colour, line pattern, marker shape and line width, from its style number
/// (<see cref="ChartStyle"/>).
/// </summary>
internal sealed record ChartLook(string Label, int Style, float Width)
{
    public Color Color => ChartStyle.Of(Style);

    public LinePattern Pattern => ChartStyle.PatternOf(Style);

    public MarkerShape Marker => ChartStyle.ShapeOf(Style);
}
