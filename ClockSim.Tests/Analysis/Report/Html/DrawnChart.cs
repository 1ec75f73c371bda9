namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>A chart as the page drew it in its Charts section: a figure with its caption, legend and svg.</summary>
/// <param name="Id">The figure's <c>data-chart</c>: the data's id (clock, drift, queue, jumps, delay).</param>
/// <param name="Role">The svg's role, and <paramref name="Label"/> its aria-label.</param>
/// <param name="Legend">The text of each legend entry, in order.</param>
/// <param name="Lines">The step lines, in the order drawn.</param>
/// <param name="Markers">Each marker path (one per entry), in the order drawn.</param>
/// <param name="Bands">How many filled bands it draws.</param>
/// <param name="Bars">How many bars it draws.</param>
/// <param name="XTicks">The tick labels along the x axis, left to right; <paramref name="YTicks"/> along the y axis, bottom to top.</param>
public sealed record DrawnChart(
    string Id, string Caption, string? Role, string? Label, IReadOnlyList<string> Legend, IReadOnlyList<DrawnLine> Lines,
    IReadOnlyList<DrawnMarkers> Markers, int Bands, int Bars, IReadOnlyList<string> XTicks, IReadOnlyList<string> YTicks);

/// <summary>A step line of a chart: its stroke, dash pattern (null when solid), width and path data.</summary>
public sealed record DrawnLine(string Stroke, string? Dash, double Width, string Path);

/// <summary>One entry's markers: how many, and their fill.</summary>
public sealed record DrawnMarkers(int Count, string Fill);
