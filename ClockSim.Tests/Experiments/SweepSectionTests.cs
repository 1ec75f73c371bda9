using ClockSim.Analysis.Report;
using ClockSim.Cli;
using ClockSim.Experiments;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Experiments;

/// <summary>The notebook blocks of a sweep beyond its overview, drawn from a tiny sweep's summary.json.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SweepSectionTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs a 5 s sweep of six seeds in <c>sweeps/</c> of the temporary folder and returns its file.</summary>
    private async Task<string> Sweep(string axes, string simulation = "", string chartAgainst = "")
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "sweeps"));
        _folder.Write("sweeps/tiny.json", $$"""
            {
              "Sweep": { "Seeds": [3, 1, 4, 5, 9, 2], "Axes": { {{axes}} }{{chartAgainst}} },
              "Simulation": { "DurationSeconds": 5{{simulation}} }
            }
            """);
        var parsed = CommandLine.Parse(["sweep", "sweeps/tiny.json"], _folder.Path);
        Assert.Null(parsed.Mistake);
        Assert.Equal(ExitCodes.Success, await parsed.Result.InvokeAsync());
        return Path.Combine(_folder.Path, "sweeps", "tiny.json");
    }

    [Fact]
    public async Task Extras_TwoCombinationsDrawingTheirRates_GivePairedWeightedAndReachBlocks_NoThreshold()
    {
        var file = await Sweep("\"Weights:Internal\": [7, 1]");
        var summary = SweepSummaryJson.Read(SweepFileReader.Load(file).ResultsFolder);

        var blocks = SweepSection.Extras(summary, "sweeps/results/tiny/");

        Assert.Equal(["sweep-tiny-paired", "sweep-tiny-reach", "sweep-tiny-weighted"], blocks.Keys.Order(StringComparer.Ordinal));
        var paired = blocks["sweep-tiny-paired"];
        Assert.StartsWith("From `sweeps/results/tiny/summary.json` (`tiny.json`, 6 seeds per combination).", paired, StringComparison.Ordinal);
        Assert.Contains("Paired with combination 1 (Weights:Internal = 7)", paired, StringComparison.Ordinal);
        Assert.Contains("| Combination | Machine | Pairs | Clock rate (units/s) | Mean jump | Mean drift (units) | Queue growth (msg/s) | Arrival rate λ (msg/s) | False-order share | Causal reach time (s) |", paired, StringComparison.Ordinal);

        // The slowest and the fastest machine of the one combination that is not the baseline: two rows.
        var rows = paired.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| :---", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("| Weights:Internal = 1 | slowest | 6 | ", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("|  | fastest |  | ", rows[2], StringComparison.Ordinal);

        var weighted = blocks["sweep-tiny-weighted"];
        Assert.Contains("| Machine | Figure | Weighted mean (95 % CI) | Unweighted mean ± 95 % CI | Unweighted − weighted | Missing probability |", weighted, StringComparison.Ordinal);
        Assert.Contains("**Weights:Internal = 1.**", weighted, StringComparison.Ordinal);
        Assert.Contains("| every machine | False-order share |", weighted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extras_RatesPinned_DifferenceOfTheRates_IsIdenticalInEveryRun_AndBoldOnlyWhereTheIntervalExcludesZero()
    {
        var file = await Sweep("\"Weights:Internal\": [7, 0]", ", \"TickRates\": [1, 6, 6]");
        var summary = SweepSummaryJson.Read(SweepFileReader.Load(file).ResultsFolder);
        var comparison = summary.Combinations[1].PairedWithBaseline!;

        var blocks = SweepSection.Extras(summary, "sweeps/results/tiny/");

        Assert.Equal(["sweep-tiny-paired", "sweep-tiny-reach"], blocks.Keys.Order(StringComparer.Ordinal));
        var row = blocks["sweep-tiny-paired"].Split('\n').Single(l => l.StartsWith("| Weights:Internal = 0 | slowest (1 tick/s) |", StringComparison.Ordinal));
        var growth = comparison.Machines[0][SweepFigures.QueueGrowth];
        Assert.Equal(growth.Significant, row.Split('|')[7].Trim().StartsWith("**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extras_ChartedAgainstTheLoad_GivesTheThresholdBlock_WithTheRunsLength()
    {
        var file = await Sweep("\"TickRates\": [[1, 6, 6], [3, 6, 6]]", chartAgainst: ", \"ChartAgainst\": \"Load\"");
        var summary = SweepSummaryJson.Read(SweepFileReader.Load(file).ResultsFolder);

        var block = SweepSection.Extras(summary, "sweeps/results/tiny/")["sweep-tiny-threshold"];

        Assert.Contains("The drowning threshold fitted over every run (5 s each)", block, StringComparison.Ordinal);
        Assert.Contains(ThresholdMarkdown.Table(summary.Threshold!).TrimEnd(), block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extras_CombinationsOfDifferentLengths_GiveTheReachBlock_WithShareTimesLength()
    {
        var file = await Sweep("\"DurationSeconds\": [5, 10]", ", \"TickRates\": [2, 4, 6]");
        var summary = SweepSummaryJson.Read(SweepFileReader.Load(file).ResultsFolder);

        var block = SweepSection.Extras(summary, "sweeps/results/tiny/")["sweep-tiny-reach"];

        var second = summary.Combinations[1];
        var row = block.Split('\n').Single(l => l.StartsWith("| DurationSeconds = 10 |", StringComparison.Ordinal)).Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal("10", row[3]);
        Assert.Equal(AnalysisFormat.Fixed(second.FalseOrderShare.Mean * 10, 2), row[7]);
        Assert.Equal(AnalysisFormat.Fixed(second.FalseOrderShare.Mean * 10 / second.CausalReachSeconds.Mean, 2), row[8]);
    }

    [Fact]
    public async Task SuiteReport_FillsTheExtraBlocksTheNotebookHas_AndIsSilentAboutTheOthers()
    {
        var file = await Sweep("\"Weights:Internal\": [7, 1]");
        _folder.Write(ExperimentCommand.NotebookFile, """
            # Notebook
            <!-- generated:sweep-tiny-paired -->
            <!-- /generated:sweep-tiny-paired -->
            """);
        var console = new TestConsole();

        SuiteReport.Write(_folder.Path, [], [SweepFileReader.Load(file)], console.Console);

        var notebook = File.ReadAllText(Path.Combine(_folder.Path, ExperimentCommand.NotebookFile));
        Assert.Contains("<!-- generated:sweep-tiny-paired -->\nFrom `sweeps/results/tiny/summary.json`", notebook, StringComparison.Ordinal);
        Assert.Contains("| Weights:Internal = 1 | slowest | 6 | ", notebook, StringComparison.Ordinal);

        // The overview block is the one the notebook is expected to have; the weighted block is there only for prose that cites it.
        Assert.Contains("no <!-- generated:sweep-tiny -->", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("sweep-tiny-weighted", console.Output, StringComparison.Ordinal);
    }
}
