using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// The report and the charts of runs with 128 and 1000 machines: the header counts the machines per rate instead of
/// listing them, the diagram keeps its lanes readable by showing 32 at a time, and every lane can be reached with the
/// buttons and the keyboard. The pictures are saved into the test results.
/// </summary>
public sealed partial class ReportAtScaleTests(ReportAtScaleFixture fixture) : IClassFixture<ReportAtScaleFixture>
{
    private const int LanesInView = 32;

    /// <summary>The fewest pixels between two lanes: a label of 12 px fits.</summary>
    private const double ReadableLaneHeight = 14;

    [BrowserTheory]
    [InlineData(128)]
    [InlineData(1000)]
    public async Task Report_CountsTheMachinesPerRate_AndShowsThirtyTwoReadableLanesAtATime_MovedByTheMachinesButtons(int machines)
    {
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder(machines));
        await SaveDiagramAsync(page, $"scale-{machines}-machines-first-lanes");

        var head = await page.Page.Locator(".summary-head p").First.InnerTextAsync();
        var rates = RatesLine().Match(head);
        Assert.True(rates.Success, head);
        Assert.Equal(machines, int.Parse(rates.Groups["machines"].Value, CultureInfo.InvariantCulture));
        var counts = rates.Groups["count"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.InRange(counts.Length, 2, 6);
        Assert.Equal(machines, counts.Sum());

        await AssertLanesAsync(page, 1);
        var up = page.Page.GetByRole(AriaRole.Button, new() { Name = "▲ Machines" });
        var down = page.Page.GetByRole(AriaRole.Button, new() { Name = "Machines ▼" });
        Assert.True(await up.IsDisabledAsync());

        await down.ClickAsync();
        await page.WhenDrawnAsync();
        await AssertLanesAsync(page, LanesInView + 1);
        var arrows = await page.DrawnArrowsAsync();
        Assert.Contains(arrows, a => !InView(a.From.Machine, LanesInView + 1) || !InView(a.To.Machine, LanesInView + 1));
        Assert.All(arrows, a => Assert.True(InView(a.From.Machine, LanesInView + 1) || InView(a.To.Machine, LanesInView + 1), a.ToString()));

        while (!await down.IsDisabledAsync())
        {
            await down.ClickAsync();
            await page.WhenDrawnAsync();
        }

        await AssertLanesAsync(page, machines - LanesInView + 1);
        await SaveDiagramAsync(page, $"scale-{machines}-machines-last-lanes");
        Assert.Contains($"shows {LanesInView} of the {machines.ToString("N0", CultureInfo.InvariantCulture)} machines' lanes",
            await page.Page.Locator("#window-note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(page.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Keyboard_ReachesEveryLane_TheLanesFollowingTheFocus()
    {
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder(1000));
        await page.Page.Locator("#diagram").FocusAsync();
        await page.WhenDrawnAsync();

        for (var press = 0; press < LanesInView; press++)
        {
            await page.Page.Keyboard.PressAsync("ArrowDown");
        }

        await page.WhenDrawnAsync();
        await AssertLanesAsync(page, 2);
        Assert.Equal(LanesInView + 1, await FocusedMachineAsync(page));

        await page.Page.Keyboard.PressAsync("PageDown");
        await page.WhenDrawnAsync();
        await AssertLanesAsync(page, LanesInView + 2);
        Assert.Equal((2 * LanesInView) + 1, await FocusedMachineAsync(page));

        await page.Page.Keyboard.PressAsync("PageUp");
        await page.Page.Keyboard.PressAsync("PageUp");
        await page.WhenDrawnAsync();
        await AssertLanesAsync(page, 1);
        Assert.Equal(1, await FocusedMachineAsync(page));
    }

    [BrowserFact]
    public async Task Toolbar_WithTheMachinesButtons_BreaksNoRuleOfTheAxeAccessibilityChecks()
    {
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder(128));

        var result = await page.Page.Locator(".toolbar").RunAxe();

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} elements)")));
    }

    [BrowserTheory]
    [InlineData(128)]
    [InlineData(1000)]
    public void Charts_AreSavedIntoTheTestResults(int machines)
    {
        foreach (var chart in new[] { "clock", "drift", "queue", "jumps", "delay" })
        {
            var drawn = Path.Combine(fixture.RunFolder(machines), chart + ".png");
            Assert.True(new FileInfo(drawn).Length > 1000, $"{drawn} was not drawn.");
            File.Copy(drawn, Screenshots.PathOf($"chart-{machines}-machines-{chart}"), overwrite: true);
        }
    }

    [BrowserFact]
    public async Task Charts_Of128Machines_DrawThreeLinesAndTheOthersAsABand_WithALegendOfFour()
    {
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder(128));
        await page.ScreenshotAsync("scale-128-machines-charts", "#charts");

        var data = await page.ChartDataAsync() ?? throw new InvalidOperationException("The report holds no chart data.");
        var looks = data["lines"]!.AsArray().Select(l => l!["label"]!.GetValue<string>()).ToArray();
        var together = data["together"]!;
        var charts = await page.ChartsAsync();

        Assert.Equal("the other 125 machines", together["label"]!.GetValue<string>());
        Assert.Equal(3, looks.Length);
        Assert.Equal(["clock", "drift", "queue", "jumps", "delay"], charts.Select(c => c.Id));
        Assert.All(charts.Take(3), chart =>
        {
            Assert.Equal(3, chart.Lines.Count);
            Assert.Equal(1, chart.Bands);
            Assert.Equal([.. looks, "the other 125 machines: lowest to highest"], chart.Legend);
        });
        Assert.Equal([.. looks, "the other 125 machines, together"], charts[3].Legend);
        Assert.Equal(4, charts[4].Legend.Count);
        Assert.StartsWith("the other 125 machines, ", charts[4].Legend[^1], StringComparison.Ordinal);
        Assert.Equal(together["color"]!.GetValue<string>(), charts[4].Markers[0].Fill);
        Assert.Empty(page.ConsoleErrors);
    }

    /// <summary>The lanes drawn are machines <paramref name="first"/> to <paramref name="first"/> + 31, in order, each at least a readable height apart.</summary>
    private static async Task AssertLanesAsync(ReportPage page, int first)
    {
        var lanes = await page.DrawnLanesAsync();
        Assert.Equal(Enumerable.Range(first, LanesInView), lanes.Select(lane => lane.Machine));
        Assert.All(lanes.Zip(lanes.Skip(1)), pair => Assert.True(pair.Second.Y - pair.First.Y >= ReadableLaneHeight, pair.ToString()));
    }

    /// <summary>
    /// The diagram as it is on screen: a picture of the whole page, or of an element that asks Chromium for the page
    /// around it, of a report of 1000 machines (mostly its tables) takes longer than the test may.
    /// </summary>
    private static async Task SaveDiagramAsync(ReportPage page, string name)
    {
        var diagram = page.Page.Locator("#diagram");
        await diagram.ScrollIntoViewIfNeededAsync();
        var box = await diagram.BoundingBoxAsync() ?? throw new InvalidOperationException("The diagram is not on the page.");
        await page.Page.ScreenshotAsync(new() { Path = Screenshots.PathOf(name), Clip = new() { X = 0, Y = Math.Max(box.Y - 150, 0), Width = 1400, Height = box.Height + 150 } });
    }

    private static bool InView(int machine, int first) => machine >= first && machine < first + LanesInView;

    private static async Task<int> FocusedMachineAsync(ReportPage page) =>
        await page.Page.EvaluateAsync<int>("clockSimReport.focus().machine");

    [GeneratedRegex(@"^(?<machines>\d+) machines: (?:(?<count>\d+) at \d ticks?/s(?:, |;))+")]
    private static partial Regex RatesLine();
}
