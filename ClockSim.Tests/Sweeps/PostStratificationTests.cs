using ClockSim.Cli;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Sweeps;

[Collection(ConsoleCollection.Name)]
public sealed class PostStratificationTests : IDisposable
{
    private const double Z = 1.959963984540054;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(new[] { 1.0, 1, 1 }, 1.0 / 216)]
    [InlineData(new[] { 1.0, 6, 6 }, 3.0 / 216)]
    [InlineData(new[] { 1.0, 2, 3 }, 6.0 / 216)]
    [InlineData(new[] { 1.0, 2, 7 }, 0.0)]
    [InlineData(new[] { 1.5, 2, 3 }, 0.0)]
    public void Probability_ThreeMachinesOf1To6_IsTheMultinomialCountOver216(double[] rates, double expected)
    {
        Assert.Equal(expected, PostStratification.Probability(rates, 1, 6), 15);
    }

    [Fact]
    public void Probability_OverEveryMix_SumsTo1AndGivesASlowestMachineOf1In42Percent()
    {
        var mixes = (from a in Enumerable.Range(1, 6) from b in Enumerable.Range(a, 7 - a) from c in Enumerable.Range(b, 7 - b) select new double[] { a, b, c }).ToArray();

        Assert.Equal(56, mixes.Length);
        Assert.Equal(56, PostStratification.StrataCount(3, 1, 6));
        Assert.Equal(1, mixes.Sum(m => PostStratification.Probability(m, 1, 6)), 12);
        Assert.Equal(1 - Math.Pow(5.0 / 6, 3), mixes.Where(m => m[0] == 1).Sum(m => PostStratification.Probability(m, 1, 6)), 12);
    }

    [Fact]
    public void Estimate_TwoMachinesOf1To2_WeighsEachMixByItsChance()
    {
        // Mixes {1,1}, {1,2}, {2,2} with chances 1/4, 1/2, 1/4: means 2, 6, 11 and variances 2, 4, 2 over 2, 3 and 2 runs.
        // Mean 0.25·2 + 0.5·6 + 0.25·11 = 6.25 (the plain mean of the 7 runs is 44/7 = 6.29);
        // variance 0.0625·2/2 + 0.25·4/3 + 0.0625·2/2 = 11/24.
        var figure = PostStratification.Estimate([(0.25, [1, 3]), (0.5, [4, 6, 8]), (0.25, [10, 12])]);

        Assert.Equal(6.25, figure.Mean, 12);
        Assert.Equal(6.25 - (Z * Math.Sqrt(11.0 / 24)), figure.CiLow, 9);
        Assert.Equal(6.25 + (Z * Math.Sqrt(11.0 / 24)), figure.CiHigh, 9);
        Assert.Equal(0, figure.MissingMass);
    }

    [Fact]
    public void Estimate_MixWithoutRuns_RenormalisesTheRestAndReportsItsChance()
    {
        // {2,2} drew no run (and a NaN is no value): (0.25·2 + 0.5·6) / 0.75 = 14/3; variance (1/3)²·2/2 + (2/3)²·4/3 = 19/27.
        var figure = PostStratification.Estimate([(0.25, [1, 3]), (0.5, [4, 6, 8]), (0.25, [double.NaN])]);

        Assert.Equal(14.0 / 3, figure.Mean, 12);
        Assert.Equal(14.0 / 3 + (Z * Math.Sqrt(19.0 / 27)), figure.CiHigh, 9);
        Assert.Equal(0.25, figure.MissingMass, 12);
    }

    [Fact]
    public void Estimate_MixOfOneRun_TakesThePooledVariance()
    {
        // {2,2} has one run, 10: pooled variance ((2 − 1)·2 + (3 − 1)·4) / 3 = 10/3. Mean 0.5 + 3 + 2.5 = 6;
        // variance 0.0625·2/2 + 0.25·4/3 + 0.0625·(10/3)/1 = 0.0625 + 1/3 + 0.208333 = 0.604167.
        var figure = PostStratification.Estimate([(0.25, [1, 3]), (0.5, [4, 6, 8]), (0.25, [10])]);

        Assert.Equal(6, figure.Mean, 12);
        Assert.Equal(6 + (Z * Math.Sqrt(0.0625 + (1.0 / 3) + (0.0625 * 10 / 3))), figure.CiHigh, 9);
    }

    [Fact]
    public async Task Sweep_DrawnRates_WeighsTheSlowestRateToItsExpectation()
    {
        // E[min] of three rates uniform on 1..6 is Σ_k P(min ≥ k) = (216 + 125 + 64 + 27 + 8 + 1) / 216 = 441/216, whatever
        // the seeds drew, once every mix has a run; E[max] = 7 − 441/216.
        _folder.Write("drawn.json", """
            { "Sweep": { "Seeds": { "First": 1, "Count": 2000 } }, "Simulation": { "DurationSeconds": 2 } }
            """);

        Assert.Equal(ExitCodes.Success, await CommandLine.Parse(["sweep", "drawn.json"], _folder.Path).Result.InvokeAsync());

        var folder = Path.Combine(_folder.Path, "results", "drawn");
        var combination = SweepSummaryJson.Read(folder).Combinations[0];
        var weighted = combination.Weighted!;
        Assert.Equal((56.0, 56, 0.0), (weighted.Strata, weighted.StrataWithRuns, weighted.MissingMass));
        Assert.Equal(441.0 / 216, weighted.Machines[0][SweepFigures.TickRate].Mean, 12);
        Assert.Equal(7 - (441.0 / 216), weighted.Machines[2][SweepFigures.TickRate].Mean, 12);
        Assert.NotEqual(combination.Machines[0][SweepFigures.TickRate].Mean, weighted.Machines[0][SweepFigures.TickRate].Mean);
        Assert.Contains("## Weighted by the rate distribution", File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_PinnedRates_HasNothingToWeigh()
    {
        _folder.Write("pinned.json", """
            { "Sweep": { "Seeds": [1, 2] }, "Simulation": { "DurationSeconds": 2, "TickRates": [1, 3, 6] } }
            """);

        Assert.Equal(ExitCodes.Success, await CommandLine.Parse(["sweep", "pinned.json"], _folder.Path).Result.InvokeAsync());

        var folder = Path.Combine(_folder.Path, "results", "pinned");
        Assert.Null(SweepSummaryJson.Read(folder).Combinations[0].Weighted);
        Assert.DoesNotContain("Weighted", File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName)), StringComparison.Ordinal);
    }
}
