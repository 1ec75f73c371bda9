using ClockSim.Configuration;
using static ClockSim.Tests.Configuration.TestLayers;

namespace ClockSim.Tests.Configuration;

public sealed class SettingsBinderTests
{
    private static SimulationOptions Simulation(params SettingsLayer[] layers) => SettingsBinder.Simulation(new LayeredSettings(layers));

    [Fact]
    public void NothingSet_KeepsEveryDefault()
    {
        var options = Simulation(CommandLine());

        Assert.Equal((60.0, 3, 1, 6, "runs"), (options.DurationSeconds, options.Machines, options.MinTickRate, options.MaxTickRate, options.OutputDirectory));
        Assert.Equal((2.0, 1.0, 7.0), (options.Weights.SendToOne, options.Weights.SendToAll, options.Weights.Internal));
        Assert.Empty(options.TickRates);
        Assert.Null(options.Seed);
    }

    [Fact]
    public void LaterLayer_Wins_AndUnsetKeysKeepTheEarlierLayers()
    {
        var options = Simulation(
            Json("appsettings.json", """{ "Simulation": { "DurationSeconds": 60, "Seed": 5, "Weights": { "Internal": 2 } } }"""),
            CommandLine("--Simulation:DurationSeconds=0.25"));

        Assert.Equal((0.25, 5, 2.0, 2.0), (options.DurationSeconds, options.Seed, options.Weights.Internal, options.Weights.SendToOne));
    }

    [Fact]
    public void SeedNull_OnTheCommandLine_OverridesASeedInAFile() =>
        Assert.Null(Simulation(Json("appsettings.json", """{ "Simulation": { "Seed": 5 } }"""), CommandLine("--Simulation:Seed=null")).Seed);

    [Fact]
    public void ListEntries_MergeByIndexAcrossLayers() =>
        Assert.Equal([1.0, 6.0, 3.0], Simulation(Json("a.json", """{ "Simulation": { "TickRates": [1, 2, 3] } }"""), CommandLine("--Simulation:TickRates:1=6")).TickRates);

    [Fact]
    public void ListEntries_AreTakenInIndexOrderNotTextOrder() =>
        Assert.Equal(
            [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
            Simulation(CommandLine([.. Enumerable.Range(0, 11).Reverse().Select(i => $"--Simulation:TickRates:{i}={i}")])).TickRates);

    [Fact]
    public void EveryShape_IsBound()
    {
        var network = Simulation(Json("a.json", """
            { "Simulation": { "Network": {
                "Delay": { "Distribution": "uniform", "MinMs": 0.5, "MaxMs": 2 },
                "Links": [ { "From": 2, "LossRate": 0.1 }, {} ],
                "Partitions": [ { "ToSeconds": 3, "Groups": [[1, 2], [3], []] } ] } } }
            """)).Network;

        Assert.Equal((DelayDistribution.Uniform, null, 0.5, 2.0), (network.Delay.Distribution, network.Delay.MeanMs, network.Delay.MinMs, network.Delay.MaxMs));
        Assert.Equal([(2, 0, 0.1), (0, 0, null)], network.Links.Select(l => (l.From, l.To, l.LossRate)));
        Assert.All(network.Links, l => Assert.Null(l.Delay));
        Assert.Equal([[1, 2], [3], []], Assert.Single(network.Partitions).Groups);
    }

    [Fact]
    public void NullSection_IsMadeWhenAKeyUnderItIsSet() =>
        Assert.Equal(0.25, Simulation(CommandLine("--Simulation:Network:Links:0:Delay:MeanMs=0.25")).Network.Links[0].Delay?.MeanMs);

    [Fact]
    public void ValueThatDoesNotConvert_IsReportedBeforeBinding() =>
        Assert.Equal("Simulation:Machines is 'three' (command line), which is not a whole number.", Problem(CommandLine("--Simulation:Machines=three")));
}
