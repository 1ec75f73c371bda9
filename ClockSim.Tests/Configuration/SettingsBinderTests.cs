using ClockSim.Configuration;
using static ClockSim.Tests.Configuration.TestLayers;

namespace ClockSim.Tests.Configuration;

public sealed class SettingsBinderTests
{
    private static SimulationOptions Simulation(params SettingsLayer[] layers) =>
        SettingsBinder.Read<SimulationOptions>(new LayeredSettings(layers), SimulationOptions.SectionName);

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
        var options = SettingsBinder.Read<SampleOptions>(
            new LayeredSettings([
                Json("a.json", """{ "Sample": { "Mode": "virtual", "Limit": 0.5, "Links": [ { "From": 2, "LossRate": 0.1 } ], "Groups": [[1, 2], [3]] } }"""),
            ]),
            SampleOptions.SectionName);

        Assert.Equal((SampleMode.Virtual, 0.5), (options.Mode, options.Limit));
        var link = Assert.Single(options.Links);
        Assert.Equal((2, 1.0, 0.1), (link.From, link.Delay, link.LossRate));
        Assert.Equal([[1, 2], [3]], options.Groups);
        Assert.Null(options.Default);
    }

    [Fact]
    public void NullSection_IsMadeWhenAKeyUnderItIsSet() =>
        Assert.Equal(0.25, SettingsBinder.Read<SampleOptions>(new LayeredSettings([CommandLine("--Sample:Default:LossRate=0.25")]), "Sample").Default?.LossRate);

    [Fact]
    public void ValueThatDoesNotConvert_IsReportedNotThrownAsAStackTrace()
    {
        var error = Assert.Throws<SettingsException>(() => Simulation(CommandLine("--Simulation:Machines=three")));

        Assert.Equal("Simulation:Machines is 'three', which is not a whole number.", error.Message);
    }
}
