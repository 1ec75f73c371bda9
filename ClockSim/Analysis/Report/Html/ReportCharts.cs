using System.Text.Json;
using ClockSim.Analysis.Charts;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The charts of a run (<see cref="RunChartSet"/>) as the JSON that the page's <c>charts.js</c> draws: the looks of the
/// machines drawn one by one, the band or group of the others, and each figure's titles and points.
/// </summary>
internal static class ReportCharts
{
    public static void Write(Utf8JsonWriter json, RunChartSet charts)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(charts);
        json.WriteStartObject();
        json.WriteStartArray("lines");
        foreach (var look in charts.Lines)
        {
            json.WriteStartObject();
            json.WriteString("label", look.Label);
            json.WriteString("color", look.Color);
            json.WriteString("dash", ChartStyle.DashNameOf(look.Style));
            json.WriteString("marker", ChartStyle.MarkerNameOf(look.Style));
            json.WriteNumber("width", look.Width);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (charts.Together is { } together)
        {
            json.WriteStartObject("together");
            json.WriteString("label", together.Label);
            json.WriteString("color", together.Color);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("together");
        }

        json.WriteStartArray("series");
        foreach (var figure in (TimeSeriesFigure[])[charts.Clock, charts.Drift, charts.Queue])
        {
            WriteSeries(json, figure);
        }

        json.WriteEndArray();
        WriteJumps(json, charts.Jumps);
        WriteDelay(json, charts.Delay);
        json.WriteEndObject();
    }

    private static void WriteSeries(Utf8JsonWriter json, TimeSeriesFigure figure)
    {
        json.WriteStartObject();
        Titles(json, figure.File, figure.Title, figure.XLabel, figure.YLabel);
        json.WriteNumber("xEnd", figure.XEnd);
        json.WriteStartArray("lines");
        foreach (var line in figure.Lines)
        {
            json.WriteStartObject();
            Numbers(json, "x", line.X);
            Numbers(json, "y", line.Y);
            Numbers(json, "markerX", line.MarkerX);
            Numbers(json, "markerY", line.MarkerY);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (figure.Band is { } band)
        {
            json.WriteStartObject("band");
            json.WriteString("label", band.Label);
            Numbers(json, "x", band.X);
            Numbers(json, "low", band.Low);
            Numbers(json, "high", band.High);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("band");
        }

        json.WriteEndObject();
    }

    private static void WriteJumps(Utf8JsonWriter json, JumpFigure figure)
    {
        json.WriteStartObject("jumps");
        Titles(json, figure.File, figure.Title, figure.XLabel, figure.YLabel);
        ReportData.Strings(json, "bins", figure.Bins);
        json.WriteStartArray("counts");
        foreach (var counts in figure.Counts)
        {
            json.WriteStartArray();
            foreach (var count in counts)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("ticks");
        foreach (var tick in figure.Ticks)
        {
            json.WriteNumberValue(tick);
        }

        json.WriteEndArray();
        json.WriteString("togetherLabel", figure.TogetherLabel);
        json.WriteEndObject();
    }

    private static void WriteDelay(Utf8JsonWriter json, DelayFigure figure)
    {
        json.WriteStartObject("delay");
        Titles(json, figure.File, figure.Title, figure.XLabel, figure.YLabel);
        json.WriteNumber("xEnd", figure.XEnd);
        json.WriteStartArray("points");
        foreach (var points in figure.Points)
        {
            json.WriteStartObject();
            json.WriteString("label", points.Label);
            Numbers(json, "x", points.X);
            Numbers(json, "y", points.Y);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The figure's id (its PNG file's name without the extension) and its titles.</summary>
    private static void Titles(Utf8JsonWriter json, ChartFile file, string title, string xLabel, string yLabel)
    {
        json.WriteString("id", Path.GetFileNameWithoutExtension(file.FileName));
        json.WriteString("title", title);
        json.WriteString("xLabel", xLabel);
        json.WriteString("yLabel", yLabel);
    }

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}
