using ClockSim.Configuration;

namespace ClockSim.Tests.Configuration;

public sealed class NetworkOptionsRulesTests
{
    /// <summary>Every rule the network breaks: its attributes' (loss rates), then its own.</summary>
    private static IReadOnlyList<string> Failures(NetworkOptions network, int machines = 3) =>
        new SimulationOptionsValidator(new OutputLocation(Path.GetTempPath())).Failures(new SimulationOptions { Network = network, Machines = machines, DurationSeconds = 60 });

    [Fact]
    public void Validate_Defaults_AreFine()
    {
        Assert.Empty(Failures(new NetworkOptions()));
    }

    [Theory]
    [InlineData(DelayDistribution.Constant, null, null, null, "Simulation:Network:Delay:MeanMs is needed by the Constant distribution")]
    [InlineData(DelayDistribution.Constant, -1.0, null, null, "Simulation:Network:Delay:MeanMs is -1; a delay must be a number of milliseconds from 0 to 86400000 (one day, the longest run).")]
    [InlineData(DelayDistribution.Uniform, null, 30.0, 10.0, "Simulation:Network:Delay:MinMs (30) must not exceed Simulation:Network:Delay:MaxMs (10).")]
    [InlineData(DelayDistribution.Uniform, null, 10.0, null, "Simulation:Network:Delay:MaxMs is needed by the Uniform distribution")]
    [InlineData(DelayDistribution.Exponential, 5.0, 10.0, null, "Simulation:Network:Delay:MeanMs (5) must be at least Simulation:Network:Delay:MinMs (10)")]
    [InlineData(DelayDistribution.None, 50.0, null, null, "Simulation:Network:Delay:MeanMs is set, but the None distribution does not use it; set Distribution to Constant")]
    [InlineData(DelayDistribution.Constant, 50.0, 10.0, null, "Simulation:Network:Delay:MinMs is set, but the Constant distribution does not use it; remove it.")]
    public void Validate_BadDelay_NamesTheKey(DelayDistribution distribution, double? mean, double? min, double? max, string expected)
    {
        var failures = Failures(new NetworkOptions { Delay = new() { Distribution = distribution, MeanMs = mean, MinMs = min, MaxMs = max } });

        Assert.Contains(failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Validate_LossRateOutsideZeroToOne_IsRefused(double rate)
    {
        Assert.Contains(Failures(new NetworkOptions { LossRate = rate }), f => f.StartsWith("Simulation:Network:LossRate is", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PartitionFromTheRunsEndOn_NeverBeginsAndIsRefused()
    {
        var failures = Failures(new NetworkOptions { Partitions = [new() { FromSeconds = 60, ToSeconds = 70, Groups = [[1]] }] });

        Assert.Equal(
            ["Simulation:Network:Partitions:0:FromSeconds is 60, not before the run's end at 60 s (Simulation:DurationSeconds): the partition would never begin."],
            failures);
    }

    [Fact]
    public void Validate_BadPartitions_AreEachNamed()
    {
        var failures = Failures(new NetworkOptions
        {
            Partitions =
            [
                new() { FromSeconds = 10, ToSeconds = 10, Groups = [[1], [2]] },
                new() { FromSeconds = 20, ToSeconds = 30, Groups = [[1, 4], [2, 1]] },
                new() { FromSeconds = 25, ToSeconds = 40, Groups = [[3]] },
                new() { FromSeconds = 50, ToSeconds = 60, Groups = [] },
            ],
        });

        Assert.Equal(
            [
                "Simulation:Network:Partitions:0:ToSeconds (10) must come after FromSeconds (10), at most 86400 s (the longest run).",
                "Simulation:Network:Partitions:1:Groups:0 names machine 4, but the machines are 1 to 3.",
                "Simulation:Network:Partitions:1:Groups names machine 1 in group 0 and in group 1; a machine is on one side.",
                "Simulation:Network:Partitions:2 (25 s to 40 s) overlaps Simulation:Network:Partitions:1 (20 s to 30 s).",
                "Simulation:Network:Partitions:3:Groups is empty; give the sides of the partition, e.g. [[1, 2], [3]].",
            ],
            failures);
    }

    [Fact]
    public void Validate_BadLinks_AreEachNamed()
    {
        var failures = Failures(new NetworkOptions
        {
            Links =
            [
                new() { From = 1, To = 1 },
                new() { From = 0, To = 2 },
                new() { From = 2, To = 3, LossRate = 1.5 },
                new() { From = 2, To = 3 },
            ],
        });

        Assert.Equal(
            [
                "Simulation:Network:Links:2:LossRate is 1.5; a loss rate must be from 0 up to (not including) 1.",
                "Simulation:Network:Links:0 goes from machine 1 to itself; a link joins two machines.",
                "Simulation:Network:Links:1:From is 0, but the machines are 1 to 3.",
                "Simulation:Network:Links:3 repeats the link from 2 to 3 of Simulation:Network:Links:2.",
            ],
            failures);
    }
}
