using ClockSim.Analysis.Theory;
using ClockSim.Cli;
using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Sweeps;
using ClockSim.Sweeps.Shards;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Sweeps;

[Collection(ConsoleCollection.Name)]
public sealed class SweepCommandTests : IDisposable
{
    private const string Tiny = """
        {
          "Sweep": {
            "Title": "Tiny",
            "Seeds": { "First": 1, "Count": 4 },
            "Axes": { "TickRates": [[1, 6, 6], [2, 6, 6]], "Weights:Internal": [7, 3] }
          },
          "Simulation": { "DurationSeconds": 5 }
        }
        """;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<int> Sweep(params string[] args)
    {
        var parsed = CommandLine.Parse(["sweep", .. args], _folder.Path);
        Assert.Null(parsed.Mistake);
        return await parsed.Result.InvokeAsync();
    }

    private string Results(params string[] parts) => Path.Combine([_folder.Path, .. parts]);

    [Fact]
    public async Task Sweep_TwoAxisFile_WritesRunsSummariesAndHeatmaps()
    {
        _folder.Write("tiny.json", Tiny);

        Assert.Equal(ExitCodes.Success, await Sweep("tiny.json"));

        var folder = Results("results", "tiny");
        var rows = File.ReadAllLines(Path.Combine(folder, RunsCsv.FileName));
        Assert.StartsWith(
            "Combination,Seed,Machine,TickRate,Ticks,FinalClock,ClockRate,JumpMean,JumpMax,DriftMean,DriftLowest,QueueMean,QueueMax,QueueFinal,"
            + "QueueGrowth,ArrivalRate,ReceiveShare,FalseOrderShare,CausalReachSeconds,CausalReachNotCompletedShare,"
            + "PhysicalWrongShare,ReceivedBeforeSentShare,HlcWrongShare,HlcInventedShare,ClockSkewMs,HlcAheadMs,HlcBoundSlackMs,HlcMaxCounter,"
            + "SyncAdjustments,SyncBackwardSteps,SyncLargestStepMs,RateRank,",
            rows[0],
            StringComparison.Ordinal);
        Assert.EndsWith(",TickRates,Weights:Internal", rows[0], StringComparison.Ordinal);
        Assert.Equal(1 + (4 * 4 * 3), rows.Length);
        Assert.EndsWith(",\"[2, 6, 6]\",3", rows[^1], StringComparison.Ordinal);

        var summary = SweepSummaryJson.Read(folder);
        Assert.Equal((16, 16, false), (summary.Runs, summary.Finished, summary.Interrupted));
        Assert.Equal(4, summary.Combinations.Count);
        var slowest = summary.Combinations[0].Machines[0];
        Assert.Equal(("slowest", 4), (slowest.Name, slowest[SweepFigures.QueueGrowth].Count));
        Assert.Equal(1, slowest[SweepFigures.TickRate].Mean);
        Assert.True(File.Exists(Path.Combine(folder, "queue-growth.png")));
        Assert.True(File.Exists(Path.Combine(folder, "causal-reach.png")));
        Assert.Equal(4, summary.Combinations[0].CausalReachSeconds.Count);
        Assert.InRange(summary.Combinations[0].CausalReachSeconds.Mean, 0.1, 60);
        var markdown = File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName));
        Assert.Contains("16 runs on the virtual engine (`../../tiny.json`): 4 combinations × 4 seeds (1 to 4).", markdown, StringComparison.Ordinal);
        Assert.Contains("![Queue growth of the slowest machine](queue-growth.png)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_TwoAxes_WithAFigureMissingInACombinationOrInAll_DrawsGreyCellsOrNoChart()
    {
        // With no weight on sending, nothing is sent: no event reaches another machine, and no pair is falsely ordered.
        _folder.Write("silent.json", """
            {
              "Sweep": { "Seeds": [1, 2], "Axes": { "Weights:SendToOne": [0, 2], "Weights:SendToAll": [0, 1] } },
              "Simulation": { "DurationSeconds": 5, "TickRates": [1, 3, 6] }
            }
            """);
        _folder.Write("mute.json", """
            {
              "Sweep": { "Seeds": [1, 2], "Axes": { "TickRates": [[1, 3, 6], [2, 3, 6]], "Weights:Internal": [1, 7] } },
              "Simulation": { "DurationSeconds": 5, "Weights": { "SendToOne": 0, "SendToAll": 0 } }
            }
            """);

        Assert.Equal(ExitCodes.Success, await Sweep("silent.json"));
        Assert.Equal(ExitCodes.Success, await Sweep("mute.json"));

        var silent = SweepSummaryJson.Read(Results("results", "silent"));
        Assert.True(double.IsNaN(silent.Combinations[0].CausalReachSeconds.Mean));
        Assert.True(File.Exists(Results("results", "silent", "causal-reach.png")));
        Assert.False(File.Exists(Results("results", "mute", "causal-reach.png")));
        var markdown = File.ReadAllText(Results("results", "mute", SweepMarkdown.FileName));
        Assert.DoesNotContain("causal-reach.png", markdown, StringComparison.Ordinal);
        Assert.Contains("(drift.png)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_SameFileTwice_GivesTheSameRunsCsvBytes()
    {
        _folder.Write("tiny.json", Tiny);
        var runs = Results("results", "tiny", RunsCsv.FileName);

        await Sweep("tiny.json");
        var first = await File.ReadAllBytesAsync(runs);
        await Sweep("tiny.json");

        Assert.Equal(first, await File.ReadAllBytesAsync(runs));
    }

    [Fact]
    public async Task Sweep_ByName_ReadsItUnderExperimentsSweeps()
    {
        _folder.Write(Path.Combine(SweepCommand.SweepsFolder, "tiny.json"), Tiny);

        Assert.Equal(ExitCodes.Success, await Sweep("tiny"));

        Assert.True(File.Exists(Path.Combine(_folder.Path, SweepCommand.SweepsFolder, "results", "tiny", SweepSummaryJson.FileName)));
    }

    [Fact]
    public void Locate_UnknownName_SuggestsTheClosest()
    {
        _folder.Write(Path.Combine(SweepCommand.SweepsFolder, "tiny.json"), Tiny);

        var error = Assert.Throws<SettingsException>(() => SweepCommand.Locate("tiyn", _folder.Path));

        Assert.Equal("there is no sweep file 'tiyn'; did you mean tiny?", error.Message);
    }

    [Fact]
    public async Task Sweep_KeepRuns_WritesEveryRunFolderAndChecksIt()
    {
        _folder.Write("tiny.json", Tiny.Replace("\"Count\": 4", "\"Count\": 2", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Success, await Sweep("tiny.json", "--keep-runs"));

        var kept = Directory.GetDirectories(Results("results", "tiny", SweepExecutor.RunsFolderName, "combination-04"));
        Assert.Equal(2, kept.Length);
        Assert.All(kept, run => Assert.All(
            [RunManifestJson.FileName, "machine-1.csv", "machine-3.csv", UndeliveredCsv.FileName],
            name => Assert.True(File.Exists(Path.Combine(run, name)), $"{name} in {run}")));
        Assert.Equal(8, SweepSummaryJson.Read(Results("results", "tiny")).ValidRuns);
    }

    [Fact]
    public void Executor_Cancelled_ReturnsTheRunsThatFinished()
    {
        var file = SweepFileReader.Load(_folder.Write("tiny.json", Tiny.Replace("\"Count\": 4", "\"Count\": 100", StringComparison.Ordinal)));
        using var cancel = new CancellationTokenSource();

        var finished = new SweepExecutor(file, keptRunsRoot: null).Run(SweepSlice.Whole, cancel.Cancel, cancel.Token);

        Assert.InRange(finished.Count, 1, file.RunCount - 1);
        var summary = SweepSummaryBuilder.Build(file, finished, keptRuns: false);
        Assert.True(summary.Interrupted);
        Assert.Equal(finished.Count, summary.Combinations.Sum(c => c.Runs));
    }

    [Fact]
    public async Task Sweep_OverLoss_GivesTheModelOfTheLossyNetwork()
    {
        _folder.Write("loss.json", """
            {
              "Sweep": { "Seeds": [1, 2], "Axes": { "Network:LossRate": [0, 0.5] } },
              "Simulation": { "DurationSeconds": 5, "TickRates": [1, 6, 6] }
            }
            """);

        Assert.Equal(ExitCodes.Success, await Sweep("loss.json"));

        var summary = SweepSummaryJson.Read(Results("results", "loss"));
        var modelled = summary.Combinations.Select(c => c.Machines[0][SweepFigures.ArrivalRate].Model).ToArray();
        var weights = new WeightOptions();
        double Predicted(double loss) => TheoryModel.Predict([1, 6, 6], weights, NetworkModel.Of(new NetworkOptions { LossRate = loss }))[0].ArrivalRate;
        Assert.Equal([Predicted(0), Predicted(0.5)], modelled);
        Assert.True(modelled[1] < modelled[0], $"with half the messages lost the slow machine is predicted {modelled[1]} msg/s, not below {modelled[0]}");
    }

    [Fact]
    public async Task Sweep_OverPhases_RunsEachSeedAlignedAndPhased()
    {
        _folder.Write("phases.json", """
            {
              "Sweep": { "Seeds": { "First": 1, "Count": 6 }, "Axes": { "Phases": ["Aligned", "Random"] } },
              "Simulation": { "DurationSeconds": 30, "TickRates": [4, 4, 4] }
            }
            """);

        Assert.Equal(ExitCodes.Success, await Sweep("phases.json"));

        var summary = SweepSummaryJson.Read(Results("results", "phases"));
        Assert.Equal(["Aligned", "Random"], summary.Combinations.Select(c => c.Values[0].Value));

        // Aligned, tick 120 falls at exactly 30 s; with a phase in (0, 250 ms) it falls after the end.
        var ticks = summary.Combinations.Select(c => c.Machines.Select(m => m.Figures["Ticks"]).ToArray()).ToArray();
        Assert.All(ticks[0], t => Assert.Equal((120.0, 0.0), (t.Mean, t.StandardDeviation)));
        Assert.All(ticks[1], t => Assert.Equal((119.0, 0.0), (t.Mean, t.StandardDeviation)));
    }
}
