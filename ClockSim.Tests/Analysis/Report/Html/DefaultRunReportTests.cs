using ClockSim.Analysis;
using ClockSim.Configuration;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ClockSim.Application;
using ClockSim.Hosting;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// The report of the run a new user makes first: the repository's appsettings.json as it stands (three machines on
/// real sockets for 60 s, rates drawn from a fresh seed), opened in headless Chromium and held against its CSVs.
/// </summary>
public sealed class DefaultRunReportTests(ReportBrowserFixture fixture) : IClassFixture<ReportBrowserFixture>
{
    [BrowserFact]
    public async Task DefaultRun_ReportDrawsEveryLaneArrowAndChart_AndItsHighlightFollowsTheVectors()
    {
        using var output = new TempDirectory();
        var settings = ContentRoot.Find(AppContext.BaseDirectory);
        using var host = ClockSimHost.CreateBuilder([$"--Simulation:OutputDirectory={output.Path}"], settings, null, showProgress: false).Build();
        await host.StartAsync();
        await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromMinutes(3));
        var folder = host.Services.GetRequiredService<RunFolder>().Path;
        RunAnalyzer.WriteFiles(RunFolderAnalysis.Analyze(folder, default), pngCharts: false);
        var csv = CsvRun.Read(folder);
        var receives = csv.Rows.Where(row => row.Kind == EventKind.Receive).ToList();
        var selected = receives[receives.Count / 2];
        var expected = csv.Rows.ToDictionary(CsvRun.IdOf, row => CsvRun.RelationTo(selected, row));

        await using var page = await ReportPage.OpenAsync(fixture.Browser, folder);
        await page.ShowAllAsync();
        var lanes = await page.DrawnLanesAsync();
        var arrows = await page.DrawnArrowsAsync();
        await page.ClickAsync(CsvRun.IdOf(selected));
        await page.ScreenshotAsync(nameof(DefaultRun_ReportDrawsEveryLaneArrowAndChart_AndItsHighlightFollowsTheVectors));
        var drawn = await page.DrawnEventsAsync();
        var charts = await page.ChartsAsync();

        var manifest = RunManifestJson.Read(folder);
        Assert.Equal((SimulationEngine.Sockets, 60.0, 3), (manifest.Engine, manifest.Options.DurationSeconds, manifest.Machines.Count));
        Assert.Equal(csv.Labels, lanes.Select(lane => lane.Label));
        Assert.Equal(receives.Count, arrows.Count);
        Assert.Equal(csv.Messages().OrderBy(a => (a.To.Machine, a.To.Tick)), arrows.OrderBy(a => (a.To.Machine, a.To.Tick)));
        Assert.Equal(expected.Count, drawn.Count);
        Assert.All(drawn, e => Assert.True(expected[e.Id] == e.Relation, $"{e.Id} is drawn {e.Relation}, expected {expected[e.Id]}"));
        Assert.Equal(["clock", "drift", "queue", "jumps", "delay"], charts.Select(c => c.Id));
        Assert.All(charts.Take(3), c => Assert.Equal(csv.Labels.Count, c.Lines.Count));
        Assert.All(charts.Take(4), c => Assert.Equal(csv.Labels, c.Legend));
        Assert.Empty(page.ConsoleErrors);
    }
}
