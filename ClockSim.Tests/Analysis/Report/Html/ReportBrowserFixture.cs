using ClockSim.Analysis;
using ClockSim.Tests.Support;
using Microsoft.Playwright;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// One Chromium for a test class, and the report of a small pinned run: the virtual engine with seed 42 for 20 s (three
/// machines at 4, 2 and 5 ticks/s), which is the same on every machine, analysed as the program analyses every run.
/// </summary>
public sealed class ReportBrowserFixture : IAsyncLifetime
{
    /// <summary>Clocks up to a second off true time, corrected by Cristian's algorithm every 10 s: some messages are received before they were sent.</summary>
    private static readonly string[] PinnedRun =
    [
        "--Simulation:Engine=Virtual", "--Simulation:Seed=42", "--Simulation:DurationSeconds=20",
        "--Simulation:Clocks:Physical:MaxOffsetMs=1000", "--Simulation:Clocks:Sync:Method=Cristian", "--Simulation:Clocks:Sync:IntervalSeconds=10",
    ];

    private SimulationHarness? _harness;
    private ChromiumBrowser? _chromium;

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>The pinned run's folder, with its report.</summary>
    public string RunFolder => _harness?.Folder ?? throw new InvalidOperationException("The pinned run was not made.");

    public async Task InitializeAsync()
    {
        if (!Chromium.TestsRun)
        {
            return;
        }

        _harness = new SimulationHarness(PinnedRun);
        RunAnalyzer.WriteFiles(await _harness.RunToEndAsync(), pngCharts: false);
        _chromium = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        _harness?.Dispose();
    }
}
