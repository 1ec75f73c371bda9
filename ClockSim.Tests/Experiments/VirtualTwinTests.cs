using System.Globalization;
using System.Text.RegularExpressions;
using ClockSim.Analysis;
using ClockSim.Experiments;
using ClockSim.Recording;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Configuration;

namespace ClockSim.Tests.Experiments;

[Collection(ConsoleCollection.Name)]
public sealed class VirtualTwinTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Two kept runs of a small sweep stand for an experiment's committed runs: they have every file a run has.</summary>
    private async Task<string> CommittedRuns()
    {
        var file = SweepFileReader.Load(_folder.Write("runs.json",
            """{ "Sweep": { "Seeds": [11, 12] }, "Simulation": { "DurationSeconds": 3, "Weights": { "Internal": 3 } } }"""));
        await SweepSession.RunAsync(file, keepRuns: true, new TestConsole().Console, CancellationToken.None);
        return Path.Combine(file.ResultsFolder, SweepExecutor.RunsFolderName, "combination-01");
    }

    [Fact]
    public async Task Write_RepeatsTheRunsOptionsWithEachRunsRatesPinned()
    {
        var runs = await CommittedRuns();
        var rates = Directory.GetDirectories(runs).Select(RatesOf).Distinct().ToArray();
        var experiment = new Experiment("exp", _folder.Write("exp.json", "{}"), new ExperimentOptions { Title = "An experiment" });

        var twin = VirtualTwin.Write(experiment, runs, _folder.Path)!;

        Assert.Equal(VirtualTwin.FileOf(experiment, _folder.Path), twin.FilePath);
        Assert.Equal(Enumerable.Range(1, VirtualTwin.Seeds), twin.Seeds);
        Assert.Equal(rates.Order(), twin.Combinations.Select(c => string.Join(", ", c.Options.TickRates)).Order());
        Assert.All(twin.Combinations, c => Assert.Equal((3.0, 3.0), (c.Options.DurationSeconds, c.Options.Weights.Internal)));
    }

    [Fact]
    public void Write_WithoutRuns_HasNothingToTakeAfter() =>
        Assert.Null(VirtualTwin.Write(new Experiment("exp", "exp.json", new ExperimentOptions()), Path.Combine(_folder.Path, "none"), _folder.Path));

    [Fact]
    public async Task Report_PlacesEachRunsFiguresAmongTheTwinsRuns()
    {
        var runs = await CommittedRuns();
        var experiment = new Experiment("exp", _folder.Write("exp.json", "{}"), new ExperimentOptions { Title = "An experiment" });
        var twin = VirtualTwin.Write(experiment, runs, _folder.Path)!;
        var outcome = await SweepSession.RunAsync(twin, keepRuns: false, new TestConsole().Console, CancellationToken.None);
        var analysed = Directory.GetDirectories(runs).Select(d => RunFolderAnalysis.Analyze(d, CancellationToken.None)).OrderBy(r => r.Manifest.Seed).ToArray();

        var report = TwinReport.Render(experiment, analysed, outcome.Summary, RunsCsv.Read(outcome.Folder), "twin/");

        // A kept run is itself a virtual run of its rates: its figures are among the twin's, most of them well inside, and
        // each equals the twin's run of the same seed, which is the same run again.
        Assert.Contains("**The committed runs among the virtual ones.**", report, StringComparison.Ordinal);
        Assert.Contains("| 11 | ", report, StringComparison.Ordinal);
        Assert.Contains("| 12 | ", report, StringComparison.Ordinal);
        var counts = Regex.Match(report, @"(\d+) of (\d+) figures fall inside");
        Assert.True(counts.Success);
        Assert.InRange(double.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture) / double.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture), 0.75, 1);
        var pairs = Regex.Matches(report, @"\| (-?[\d.]+) / (-?[\d.]+) \(");
        Assert.Equal(2 * ((3 * 5) + 1), pairs.Count);
        Assert.All(pairs, pair => Assert.Equal(pair.Groups[1].Value, pair.Groups[2].Value));
    }

    [Fact]
    public async Task Report_RangeWithoutTheRunsOwnSeed_PutsTheRunOutsideIt()
    {
        var runs = await CommittedRuns();
        var experiment = new Experiment("exp", _folder.Write("exp.json", "{}"), new ExperimentOptions { Title = "An experiment" });
        var twin = VirtualTwin.Write(experiment, runs, _folder.Path)!;
        var outcome = await SweepSession.RunAsync(twin, keepRuns: false, new TestConsole().Console, CancellationToken.None);
        var run = RunFolderAnalysis.Analyze(Directory.GetDirectories(runs).Single(d => RunManifestJson.Read(d).Seed == 11), CancellationToken.None);

        // The twin cut down to the run's own seed, which is the run itself again, and two seeds whose every figure is 1 and 2
        // above it: with its own seed the range would run from the run's figures up and hold them all; without it, none.
        RunsCsvRow[] own = [.. RunsCsv.Read(outcome.Folder).Where(r => r.Seed == 11)];
        RunsCsvRow[] twinRuns = [.. own, .. new[] { 1, 2 }.SelectMany(k => own.Select(r => r with
        {
            Seed = 1000 + k,
            Figures = r.Figures.ToDictionary(f => f.Key, f => f.Value + k),
        }))];
        var report = TwinReport.Render(experiment, [run], outcome.Summary, twinRuns, "twin/");

        Assert.Contains("at the other 199 seeds: the run's own seed is left out", report, StringComparison.Ordinal);
        var counts = Regex.Match(report, @"(\d+) of (\d+) figures fall inside");
        Assert.Equal("0", counts.Groups[1].Value);
        var outside = Regex.Matches(report, @" ✗ \|").Count;
        Assert.Equal(outside, int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.True(outside >= 3 * 5, report);
    }

    private static string RatesOf(string folder) =>
        string.Join(", ", RunManifestJson.Read(folder).Machines.Select(m => m.TickRate));
}
