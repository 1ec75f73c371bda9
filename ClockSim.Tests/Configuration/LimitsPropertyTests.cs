using System.Globalization;
using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Configuration;

/// <summary>
/// Every numeric key, at and around its limits and at the edges of the numbers themselves (±0, subnormal, tiny, huge, the
/// largest double, infinity, NaN): either the checks refuse the value, each problem one line naming the key, or a short
/// virtual run with it ends complete and valid, with the meaning the README gives the key.
/// </summary>
public sealed class LimitsPropertyTests
{
    private static readonly string[] Edges =
    [
        "0", "-0", "5E-324", "1E-300", "0.0005", "0.001", "0.5", "1", "2", "3", "127", "128", "129", "1000", "1001", "9999.5", "10000", "10001",
        "86400", "86400.5", "86400000", "86400001", "1E9", "1E9.5", "1000000001", "1E13", "1E308", "1.7976931348623157E308", "-1", "-1E308",
        "Infinity", "-Infinity", "NaN", "2147483647", "2147483648", "99999999999999999999",
    ];

    /// <summary>Each numeric key with the settings it needs to mean anything (a delay needs its distribution).</summary>
    public static TheoryData<string, string[]> Keys() => new()
    {
        { "DurationSeconds", ["--Simulation:TickRates:0=0.01", "--Simulation:TickRates:1=0.01", "--Simulation:Machines=2"] },
        { "Machines", ["--Simulation:MaxTickRate=1"] },
        { "MinTickRate", [] },
        { "MaxTickRate", [] },
        { "TickRates:0", ["--Simulation:Machines=2", "--Simulation:TickRates:1=5"] },
        { "Seed", [] },
        { "Weights:SendToOne", [] },
        { "Weights:Internal", ["--Simulation:Weights:SendToOne=1e9", "--Simulation:Weights:SendToAll=0"] },
        { "Network:Delay:MeanMs", ["--Simulation:Network:Delay:Distribution=Constant"] },
        { "Network:Delay:MaxMs", ["--Simulation:Network:Delay:Distribution=Uniform", "--Simulation:Network:Delay:MinMs=0"] },
        { "Network:LossRate", [] },
        { "Network:Partitions:0:FromSeconds", ["--Simulation:Network:Partitions:0:ToSeconds=86400", "--Simulation:Network:Partitions:0:Groups:0:0=1"] },
        { "Network:Links:0:LossRate", ["--Simulation:Network:Links:0:From=1", "--Simulation:Network:Links:0:To=2"] },
        { "Clocks:Physical:MaxOffsetMs", [] },
        { "Clocks:Physical:MaxDriftPpm", ["--Simulation:Clocks:Physical:MaxOffsetMs=10"] },
        { "Clocks:Physical:ResolutionMs", ["--Simulation:Clocks:Physical:MaxOffsetMs=10"] },
        { "Clocks:Sync:IntervalSeconds", ["--Simulation:Clocks:Sync:Method=Cristian", "--Simulation:Clocks:Physical:MaxOffsetMs=10"] },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task EveryEdgeValue_IsRefusedInOneLineOrRunsToItsEnd(string key, string[] needs)
    {
        foreach (var value in Edges)
        {
            string[] args = ["--Simulation:Engine=Virtual", "--Simulation:Seed=5", "--Simulation:DurationSeconds=2", .. needs, $"--Simulation:{key}={value}"];
            var problems = await RunOrRefuseAsync(args);
            Assert.All(problems, p =>
            {
                Assert.DoesNotContain('\n', p);
                Assert.Contains(key.Split(':')[^1], p, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task DelayOfTheLongestRun_HoldsEveryMessageInFlight()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=5", "--Simulation:DurationSeconds=5",
            "--Simulation:Network:Delay:Distribution=Constant", $"--Simulation:Network:Delay:MeanMs={DelayOptions.MaxDelayMs.ToString(CultureInfo.InvariantCulture)}");

        var analysis = await harness.RunToEndAsync();

        Assert.True(analysis.Verdict.IsValid, string.Join("\n", analysis.Verdict.First));
        var manifest = RunManifestJson.Read(harness.Folder);
        Assert.True(manifest.Machines.Sum(m => m.Sent) > 0);
        Assert.Equal(0, manifest.Machines.Sum(m => m.Received));
        Assert.Equal(manifest.Machines.Sum(m => m.Sent), manifest.InFlight);
    }

    [Fact]
    public async Task LargestEqualWeights_SendHalfTheTime()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=5", "--Simulation:DurationSeconds=60",
            "--Simulation:Weights:SendToOne=1e9", "--Simulation:Weights:SendToAll=0", "--Simulation:Weights:Internal=1e9");

        var analysis = await harness.RunToEndAsync();

        // p, the chance that an idle tick sends to one given peer of two: one half, shared between the two peers.
        Assert.Equal(0.25, analysis.SendProbability, 12);
        var manifest = RunManifestJson.Read(harness.Folder);
        var idle = manifest.Machines.Sum(m => m.SendEvents + m.Internal);
        Assert.InRange((double)manifest.Machines.Sum(m => m.SendEvents) / idle, 0.4, 0.6);
    }

    /// <returns>The problems the checks found, or none after the run ended complete and valid.</returns>
    private static async Task<IReadOnlyList<string>> RunOrRefuseAsync(string[] args)
    {
        SimulationHarness harness;
        try
        {
            harness = new SimulationHarness(args);
        }
        catch (SettingsException e)
        {
            return e.Problems;
        }

        using (harness)
        {
            var analysis = await harness.RunToEndAsync();
            var manifest = RunManifestJson.Read(harness.Folder);
            Assert.True(analysis.Verdict.IsValid, $"{string.Join(' ', args)}: {string.Join("\n", analysis.Verdict.First)}");
            Assert.Equal("completed", manifest.EndReason);
            Assert.Equal(manifest.Options.DurationSeconds, manifest.ElapsedSeconds, 9);
            return [];
        }
    }
}
