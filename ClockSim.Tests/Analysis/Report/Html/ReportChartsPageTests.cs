using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClockSim.Model;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// The charts report.html draws itself, as inline SVG from the data under <c>charts</c>, for the pinned run of three
/// machines: opened in headless Chromium and held against that data and the run's CSVs.
/// </summary>
public sealed partial class ReportChartsPageTests(ReportBrowserFixture fixture) : IClassFixture<ReportBrowserFixture>
{
    /// <summary>The dash pattern each of the data's names is drawn with, in chart units (null: solid).</summary>
    private static readonly Dictionary<string, string?> Dashes = new(StringComparer.Ordinal)
    {
        ["solid"] = null,
        ["dashed"] = "10 10",
        ["dotted"] = "3 5",
        ["densely-dashed"] = "6 6",
    };

    [BrowserFact]
    public async Task Charts_DrawFiveTitledSvgs_ALinePerMachineInItsLookAndALegendOfTheMachines()
    {
        var csv = CsvRun.Read(fixture.RunFolder);
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);
        await page.ScreenshotAsync(nameof(Charts_DrawFiveTitledSvgs_ALinePerMachineInItsLookAndALegendOfTheMachines), "#charts");

        var data = await page.ChartDataAsync() ?? throw new InvalidOperationException("The report holds no chart data.");
        var charts = await page.ChartsAsync();
        var looks = data["lines"]!.AsArray();
        var series = data["series"]!.AsArray();
        var (jumps, delay) = (data["jumps"]!, data["delay"]!);

        Assert.Equal([.. series.Select(s => Text(s!["title"])), Text(jumps["title"]), Text(delay["title"])], charts.Select(c => c.Caption));
        Assert.Equal(["clock", "drift", "queue", "jumps", "delay"], charts.Select(c => c.Id));
        Assert.All(charts, c => Assert.Equal("img", c.Role));
        Assert.All(charts, c => Assert.StartsWith(c.Caption + ": ", c.Label, StringComparison.Ordinal));
        Assert.Null(data["together"]);
        Assert.Equal(csv.Labels, looks.Select(l => Text(l!["label"])));

        foreach (var (chart, figure) in charts.Take(3).Zip(series))
        {
            var lines = figure!["lines"]!.AsArray();
            Assert.Equal(csv.Labels, chart.Legend);
            Assert.Equal(0, chart.Bands);
            Assert.Equal(looks.Count, chart.Lines.Count);
            foreach (var ((drawn, look), line) in chart.Lines.Zip(looks).Zip(lines))
            {
                Assert.Equal(Text(look!["color"]), drawn.Stroke);
                Assert.Equal(Dashes[Text(look["dash"])], drawn.Dash);
                Assert.Equal(look["width"]!.GetValue<double>(), drawn.Width, 6);
                AssertSteps(drawn.Path, line!["x"]!.AsArray().Count);
            }

            Assert.Equal(lines.Zip(looks, (line, look) => (line!["markerX"]!.AsArray().Count, Text(look!["color"]))), chart.Markers.Select(m => (m.Count, m.Fill)));
            AssertNiceTicks(chart.XTicks, 0, figure["xEnd"]!.GetValue<double>());
        }

        var jumpChart = charts[3];
        Assert.Equal(csv.Labels, jumpChart.Legend);
        Assert.Equal(jumps["bins"]!.AsArray().Select(Text), jumpChart.XTicks);
        Assert.Equal(jumps["ticks"]!.AsArray().Select(t => t!.GetValue<long>().ToString("N0", CultureInfo.InvariantCulture)), jumpChart.YTicks);
        Assert.Equal(jumps["counts"]!.AsArray().Sum(counts => counts!.AsArray().Count(c => c!.GetValue<long>() > 0)), jumpChart.Bars);
        Assert.Equal(csv.Rows.Count(), jumps["counts"]!.AsArray().Sum(counts => counts!.AsArray().Sum(c => c!.GetValue<long>())));

        var delayChart = charts[4];
        Assert.Equal(
            csv.Labels.Select((label, i) => $"{label}, {csv.Machines[i].Count(row => row.Kind == EventKind.Receive)} received"),
            delayChart.Legend);
        Assert.Equal(delay["points"]!.AsArray().Select(p => p!["x"]!.AsArray().Count), delayChart.Markers.Select(m => m.Count));
        Assert.Equal(looks.Select(l => Text(l!["color"])), delayChart.Markers.Select(m => m.Fill));
        AssertNiceTicks(delayChart.XTicks, 0, delay["xEnd"]!.GetValue<double>());
        AssertNiceTicks(delayChart.YTicks, 0, double.MaxValue);
        Assert.Empty(page.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Charts_OfAReportWithoutTheirData_SayTheyAreNotAvailable_AndDrawNothing()
    {
        using var copy = new TempDirectory();
        var html = await File.ReadAllTextAsync(Path.Combine(fixture.RunFolder, "report.html"));
        var data = RunData().Match(html);
        var withoutCharts = JsonNode.Parse(data.Groups["json"].Value)!.AsObject();
        Assert.True(withoutCharts.Remove("charts"));
        await File.WriteAllTextAsync(Path.Combine(copy.Path, "report.html"),
            html[..data.Groups["json"].Index] + withoutCharts.ToJsonString() + html[(data.Groups["json"].Index + data.Groups["json"].Length)..]);

        await using var page = await ReportPage.OpenAsync(fixture.Browser, copy.Path);

        Assert.Null(await page.ChartDataAsync());
        Assert.Empty(await page.ChartsAsync());
        Assert.Equal(0, await page.Page.Locator("#charts svg").CountAsync());
        Assert.Contains("Charts are not available", await page.Page.Locator("#charts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(page.ConsoleErrors);
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    /// <summary>A step line through <paramref name="corners"/> corners: a move to the first, then across and up or down to each next one.</summary>
    private static void AssertSteps(string path, int corners)
    {
        Assert.StartsWith("M", path, StringComparison.Ordinal);
        Assert.Equal(corners - 1, path.Count(c => c == 'H'));
        Assert.Equal(corners - 1, path.Count(c => c == 'V'));
    }

    /// <summary>The labels are evenly spaced multiples of 1, 2 or 5 × 10^k, from <paramref name="low"/> up to <paramref name="high"/>.</summary>
    private static void AssertNiceTicks(IReadOnlyList<string> labels, double low, double high)
    {
        var values = labels.Select(label => double.Parse(label.Replace('\u2212', '-').Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToArray();
        Assert.True(values.Length >= 3, string.Join(" ", labels));
        var step = values[1] - values[0];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 5.0 });
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.Equal(step, pair.Second - pair.First, 9));
        Assert.All(values, value => Assert.Equal(0, Math.Abs(Math.IEEERemainder(value, step)), 9));
        Assert.InRange(values[0], low, low + step);
        Assert.InRange(values[^1], low, high);
    }

    [GeneratedRegex("""<script type="application/json" id="run-data">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex RunData();
}
