namespace ClockSim.Analysis.Charts;

/// <summary>
/// How one entry of a chart is drawn, the same on every chart of a run and in both renderings (the PNG files and the
/// report's own drawings): its legend label, colour, dash pattern, marker shape and line width, from its style number
/// (<see cref="ChartStyle"/>).
/// </summary>
internal sealed record ChartLook(string Label, int Style, float Width)
{
    /// <summary>The colour, as #RRGGBB.</summary>
    public string Color => ChartStyle.ColorOf(Style);

    public LineDash Dash => ChartStyle.DashOf(Style);

    public MarkerKind Marker => ChartStyle.MarkerOf(Style);
}
