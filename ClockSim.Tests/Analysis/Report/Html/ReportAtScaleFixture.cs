using ClockSim.Analysis;
using ClockSim.Tests.Support;
using Microsoft.Playwright;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// One Chromium, and the reports of two pinned runs with many machines, each at random rates from 1 to 6 ticks/s on the
/// virtual engine: 128 machines for 10 s and 1000 machines for 3 s, analysed as the program analyses every run.
/// </summary>
public sealed class ReportAtScaleFixture : IAsyncLifetime
{
    private readonly Dictionary<int, SimulationHarness> _runs = [];
    private ChromiumBrowser? _chromium;

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException(Chromium.MissingMessage);

    /// <summary>The folder, with its report, of the run of <paramref name="machines"/> machines (128 or 1000).</summary>
    public string RunFolder(int machines) => _runs[machines].Folder;

    public async Task InitializeAsync()
    {
        if (!Chromium.TestsRun)
        {
            return;
        }

        foreach (var (machines, seconds) in new[] { (128, 10), (1000, 3) })
        {
            var run = new SimulationHarness(
                "--Simulation:Engine=Virtual", "--Simulation:Seed=7", $"--Simulation:Machines={machines}", $"--Simulation:DurationSeconds={seconds}");
            _runs[machines] = run;
            RunAnalyzer.WriteFiles(await run.RunToEndAsync(), pngCharts: true);
        }

        _chromium = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        foreach (var run in _runs.Values)
        {
            run.Dispose();
        }
    }
}
