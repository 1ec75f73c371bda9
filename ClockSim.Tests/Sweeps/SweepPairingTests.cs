using ClockSim.Cli;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Sweeps;

[Collection(ConsoleCollection.Name)]
public sealed class SweepPairingTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Runs a small sweep over <paramref name="axes"/> and returns its results folder.</summary>
    private async Task<string> Sweep(string axes, string baseline = "")
    {
        _folder.Write("pair.json", $$"""
            {
              "Sweep": { "Seeds": [3, 1, 4, 5, 9, 2], "Axes": { {{axes}} }{{baseline}} },
              "Simulation": { "DurationSeconds": 5 }
            }
            """);
        var parsed = CommandLine.Parse(["sweep", "pair.json"], _folder.Path);
        Assert.Null(parsed.Mistake);
        Assert.Equal(ExitCodes.Success, await parsed.Result.InvokeAsync());
        return Path.Combine(_folder.Path, "results", "pair");
    }

    [Fact]
    public async Task Sweep_TwoCombinations_PairsEachFigureBySeedAsRunsCsvHasIt()
    {
        var folder = await Sweep("\"Weights:Internal\": [7, 1]");

        var summary = SweepSummaryJson.Read(folder);
        var rows = RunsCsv.Read(folder);
        Assert.Equal(1, summary.Baseline);
        Assert.Null(summary.Combinations[0].PairedWithBaseline);
        var paired = summary.Combinations[1].PairedWithBaseline!;
        Assert.Equal((6, 3, 0), (paired.Seeds, paired.Machines.Count, paired.UnpairedRanks.Count));
        foreach (var rank in paired.Machines)
        {
            foreach (var figure in SweepFigures.All.Where(f => f != SweepFigures.Load))
            {
                var differences = Differences(rows, r => r.RateRank == rank.Rank, figure.Name);
                AssertPaired(differences, rank[figure], figure.Name);
            }
        }

        AssertPaired(Differences(rows, r => r.RateRank == 1, RunsCsv.FalseOrderShare), paired.FalseOrderShare, RunsCsv.FalseOrderShare);

        // Each seed draws its rates before anything else, so the rates are the same in both combinations: a difference of 0 in every run.
        Assert.All(paired.Machines, rank => Assert.True(rank[SweepFigures.TickRate].Identical));
        var markdown = File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName));
        Assert.Contains("### Paired with combination 1: Weights:Internal = 7\n\n6 seeds finished in both.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| slowest | Tick rate (ticks/s) | 6 | identical in every run | — | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_BaselineNamedByLabel_PairsTheOthersWithIt()
    {
        var folder = await Sweep("\"Weights:Internal\": [7, 1, 3]", ", \"Baseline\": \"weights:internal=3\"");

        var summary = SweepSummaryJson.Read(folder);
        Assert.Equal(3, summary.Baseline);
        Assert.Equal([true, true, false], summary.Combinations.Select(c => c.PairedWithBaseline is not null));
        var rows = RunsCsv.Read(folder);
        var expected = Differences(rows, r => r.RateRank == 1, "JumpMean", combination: 1, baseline: 3);
        Assert.Equal(expected.Average(), summary.Combinations[0].PairedWithBaseline!.Machines[0][SweepFigures.JumpMean].MeanDifference, 9);
        Assert.Contains("### Paired with combination 3: Weights:Internal = 3", File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_DifferentMachineCounts_ComparesTheRanksBothHaveAndSaysWhichNot()
    {
        var folder = await Sweep("\"Machines\": [3, 4]");

        var paired = SweepSummaryJson.Read(folder).Combinations[1].PairedWithBaseline!;
        Assert.Equal([1, 2, 3], paired.Machines.Select(m => m.Rank));
        Assert.Equal([4], paired.UnpairedRanks);
        Assert.Contains(
            "Only this combination has a machine of rate rank 4 (it has 4 machines, the other 3): those ranks are not compared.",
            File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName)),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_OneCombination_HasNoPairedSection()
    {
        var folder = await Sweep("\"Machines\": [3]");

        Assert.Null(Assert.Single(SweepSummaryJson.Read(folder).Combinations).PairedWithBaseline);
        var markdown = File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName));
        Assert.Contains("## Combination 1: Machines = 3", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Paired", markdown, StringComparison.Ordinal);
    }

    /// <summary>Per seed, a figure of <paramref name="combination"/> minus the baseline's, from runs.csv, where both have it.</summary>
    private static double[] Differences(IReadOnlyList<RunsCsvRow> rows, Func<RunsCsvRow, bool> machine, string column, int combination = 2, int baseline = 1)
    {
        var bySeed = rows.Where(r => r.Combination == baseline && machine(r)).ToDictionary(r => r.Seed, r => r.Figures[column]);
        return [.. rows.Where(r => r.Combination == combination && machine(r))
            .Select(r => r.Figures[column] - bySeed[r.Seed])
            .Where(double.IsFinite)];
    }

    /// <summary>The mean difference and the paired t, mean / (sd / √n), worked out from the differences themselves.</summary>
    private static void AssertPaired(double[] differences, PairedDifference paired, string figure)
    {
        Assert.True(differences.Length == paired.Count, $"{figure}: {paired.Count} pairs, not {differences.Length}");
        var mean = differences.Average();
        Assert.Equal(mean, paired.MeanDifference, 9);
        var sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1));
        if (differences.All(d => d == 0))
        {
            Assert.True(paired.Identical, $"{figure} is identical in every run");
        }
        else if (sd > 0)
        {
            var t = mean / (sd / Math.Sqrt(differences.Length));
            Assert.Equal(t, paired.T, Math.Max(Math.Abs(t), 1) * 1e-9);
            Assert.True(paired.CiLow < mean && mean < paired.CiHigh, $"{figure}: {mean} within {paired.CiLow} to {paired.CiHigh}");
        }
    }
}
