using ClockSim.Analysis;
using ClockSim.Cli;
using ClockSim.Experiments;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Experiments;

[Collection(ConsoleCollection.Name)]
public sealed class TwinSummaryTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Counts_VirtualRunsAgainstTheirTwin_EqualTheirOwnSeedInEveryFigure_AndTheBlockSaysSo()
    {
        _folder.Write("twin.json", """
            {
              "Sweep": { "Seeds": [1, 2, 3, 4, 5, 6, 7, 8], "Axes": { "TickRates": [[1, 3, 3]] } },
              "Simulation": { "DurationSeconds": 5 }
            }
            """);
        var parsed = CommandLine.Parse(["sweep", "twin.json"], _folder.Path);
        Assert.Equal(ExitCodes.Success, await parsed.Result.InvokeAsync());
        var twinFolder = Path.Combine(_folder.Path, "results", "twin");
        var twin = SweepSummaryJson.Read(twinFolder);
        var runs = new List<RunAnalysis>();
        foreach (var seed in new[] { 2, 5 })
        {
            using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:DurationSeconds=5", $"--Simulation:Seed={seed}",
                "--Simulation:TickRates:0=1", "--Simulation:TickRates:1=3", "--Simulation:TickRates:2=3");
            runs.Add(await harness.RunToEndAsync());
        }

        var counts = TwinReport.Counts(runs, twin, RunsCsv.Read(twinFolder));

        // Five figures per machine and the run's false-order share: 2 × (3 × 5 + 1).
        Assert.Equal(32, counts.SameSeedCompared);
        Assert.Equal(counts.SameSeedCompared, counts.SameSeedEqual);
        Assert.Equal(counts.SameSeedCompared, counts.Inside + counts.Outside + counts.Degenerate);

        File.WriteAllText(Path.Combine(_folder.Path, "exp.json"), """{ "Experiment": { "Title": "T", "Question": "Q?", "Seeds": [2, 5] } }""");
        var block = TwinSummary.Render([(Experiment.Load(Path.Combine(_folder.Path, "exp.json")), runs, counts)]);
        Assert.Contains($"| exp | Virtual, Random | 2 | {counts.Inside} | {counts.Outside} |", block, StringComparison.Ordinal);
        Assert.EndsWith($"| {counts.Degenerate} | 32 of 32 |\n", block, StringComparison.Ordinal);
    }
}
