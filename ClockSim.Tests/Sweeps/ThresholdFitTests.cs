using ClockSim.Analysis.Figures;
using ClockSim.Cli;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Application;
using ClockSim.Statistics;

namespace ClockSim.Tests.Sweeps;

[Collection(ConsoleCollection.Name)]
public sealed class ThresholdFitTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A run whose slowest machine (1 tick/s) measured <paramref name="load"/> messages per tick and grew or kept up.</summary>
    private static SweepRunResult Run(double load, bool grows) => new(1, 1,
        [
            new MachineSummary(1, 1, 60, 60, 1, 1, 1, 0, 0, 0, 0, grows ? 10 : 0, grows ? 0.5 : 0, load, 0.5),
            new MachineSummary(2, 6, 360, 360, 6, 1, 1, 0, 0, 0, 0, 0, 0, 0.2, 0.1),
        ],
        [], double.NaN, double.NaN, double.NaN, null);

    [Fact]
    public void Of_OverlappingRuns_FitsTheSlowestMachinesLoadAgainstItsGrowth()
    {
        double[] loads = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 0.8, 0.9, 1.0, 1.1];
        bool[] grew = [false, false, false, true, false, true, false, true, true, true, false, true, false, true];

        var threshold = ThresholdFit.Of([.. loads.Zip(grew, Run)]);

        var fit = LogisticRegression.Fit(loads, grew)!;
        Assert.Null(threshold.Reason);
        Assert.Equal((14, 7), (threshold.Count, threshold.Grew));
        Assert.Equal((fit.A, fit.B, fit.Midpoint, fit.Width1090), (threshold.A, threshold.B, threshold.Midpoint, threshold.Width1090));
        var (low, high) = fit.MidpointInterval(1.959963984540054);
        Assert.Equal(low, threshold.CiLow, 12);
        Assert.Equal(high, threshold.CiHigh, 12);
        Assert.InRange(threshold.Midpoint, 0.8, 1.1);
    }

    [Theory]
    [InlineData(true, "no fit: every run grew")]
    [InlineData(false, "no fit: no run grew")]
    public void Of_RunsAllAlike_SaysSoInsteadOfANumber(bool grows, string reason)
    {
        var threshold = ThresholdFit.Of([Run(0.8, grows), Run(1.0, grows), Run(1.2, grows)]);

        Assert.Equal(reason, threshold.Reason);
        Assert.Equal(3, threshold.Count);
        Assert.True(double.IsNaN(threshold.Midpoint));
    }

    [Fact]
    public void Of_RunsSeparatedByTheLoad_SaysWhereInsteadOfAStep()
    {
        var threshold = ThresholdFit.Of([Run(0.8, false), Run(0.95, false), Run(1.05, true), Run(1.2, true)]);

        Assert.Equal(
            "no fit: the load separates the runs (every run up to 0.950 kept up, every run from 1.050 grew), so the curve is a step whose width cannot be estimated",
            threshold.Reason);
        Assert.True(double.IsNaN(threshold.Width1090));
    }

    [Fact]
    public async Task Sweep_ChartedAgainstTheLoad_WritesTheThresholdIntoBothSummaries()
    {
        _folder.Write("edge.json", """
            {
              "Sweep": {
                "Title": "Edge",
                "Seeds": { "First": 1, "Count": 12 },
                "Axes": { "TickRates": [[3.75, 6, 6], [2.5, 6, 6], [2.0, 6, 6], [1.818, 6, 6], [1.667, 6, 6], [1.333, 6, 6]] },
                "ChartAgainst": "Load"
              },
              "Simulation": { "DurationSeconds": 60 }
            }
            """);
        var parsed = CommandLine.Parse(["sweep", "edge.json"], _folder.Path);

        Assert.Equal(ExitCodes.Success, await parsed.Result.InvokeAsync());

        var folder = Path.Combine(_folder.Path, "results", "edge");
        var threshold = SweepSummaryJson.Read(folder).Threshold!;
        Assert.Null(threshold.Reason);
        Assert.Equal(72, threshold.Count);
        Assert.InRange(threshold.Grew, 1, 71);
        Assert.InRange(threshold.Midpoint, 0.7, 1.4);
        Assert.True(threshold.CiLow < threshold.Midpoint && threshold.Midpoint < threshold.CiHigh);
        Assert.True(threshold.Width1090 > 0);
        var markdown = File.ReadAllText(Path.Combine(folder, SweepMarkdown.FileName));
        Assert.Contains("## The drowning threshold", markdown, StringComparison.Ordinal);
        Assert.Contains("Threshold: load at 50 % (95 % CI)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_ChartedAgainstTheAxis_HasNoThreshold()
    {
        _folder.Write("plain.json", """
            { "Sweep": { "Seeds": [1, 2], "Axes": { "TickRates": [[1, 6, 6], [3, 6, 6]] } }, "Simulation": { "DurationSeconds": 5 } }
            """);

        Assert.Equal(ExitCodes.Success, await CommandLine.Parse(["sweep", "plain.json"], _folder.Path).Result.InvokeAsync());

        Assert.Null(SweepSummaryJson.Read(Path.Combine(_folder.Path, "results", "plain")).Threshold);
    }
}
