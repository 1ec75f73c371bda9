using ClockSim.Configuration;
using static ClockSim.Tests.Configuration.TestLayers;

namespace ClockSim.Tests.Configuration;

public sealed class ResolvedSettingTests
{
    private static IReadOnlyList<ResolvedSetting> Rows(params SettingsLayer[] layers)
    {
        var settings = new LayeredSettings(layers);
        return ResolvedSetting.All(settings, SimulationOptions.SectionName, SettingsBinder.Simulation(settings));
    }

    [Fact]
    public void EverySetting_HasOneRow_InDeclarationOrder() =>
        Assert.Equal(
            [
                "Simulation:DurationSeconds", "Simulation:Machines", "Simulation:MinTickRate", "Simulation:MaxTickRate", "Simulation:TickRates",
                "Simulation:Phases", "Simulation:Seed", "Simulation:Engine", "Simulation:Network:Delay:Distribution", "Simulation:Network:Delay:MeanMs",
                "Simulation:Network:Delay:MinMs", "Simulation:Network:Delay:MaxMs", "Simulation:Network:LossRate", "Simulation:Network:Fifo",
                "Simulation:Network:Partitions", "Simulation:Network:Links",
                "Simulation:Clocks:Physical:MaxOffsetMs", "Simulation:Clocks:Physical:MaxDriftPpm", "Simulation:Clocks:Physical:ResolutionMs",
                "Simulation:Clocks:Sync:Method", "Simulation:Clocks:Sync:IntervalSeconds",
                "Simulation:Weights:SendToOne", "Simulation:Weights:SendToAll", "Simulation:Weights:Internal", "Simulation:OutputDirectory",
            ],
            Rows().Select(r => r.Key));

    [Fact]
    public void EachValue_SaysWhereItCameFrom()
    {
        var rows = Rows(
            Json("appsettings.json", """{ "Simulation": { "DurationSeconds": 60, "TickRates": [1, 2, 3], "Seed": null } }"""),
            Environment(("Simulation__Machines", "3")),
            CommandLine("--Simulation:DurationSeconds=0.5", "--Simulation:TickRates:1=6")).ToDictionary(r => r.Key);

        Assert.Equal(new ResolvedSetting("Simulation:DurationSeconds", "0.5", "command line"), rows["Simulation:DurationSeconds"]);
        Assert.Equal(new ResolvedSetting("Simulation:Machines", "3", "environment variable Simulation__Machines"), rows["Simulation:Machines"]);
        Assert.Equal(new ResolvedSetting("Simulation:TickRates", "[1, 6, 3]", "appsettings.json + command line"), rows["Simulation:TickRates"]);
        Assert.Equal(new ResolvedSetting("Simulation:Seed", "null", "appsettings.json"), rows["Simulation:Seed"]);
        Assert.Equal(new ResolvedSetting("Simulation:Weights:Internal", "7", "default"), rows["Simulation:Weights:Internal"]);
    }

    [Fact]
    public void EntriesOfAListOfSections_EachHaveTheirRows()
    {
        var rows = Rows(CommandLine("--Simulation:Network:Links:0:From=2"));

        Assert.Contains(new ResolvedSetting("Simulation:Network:Links:0:From", "2", "command line"), rows);
        Assert.Contains(new ResolvedSetting("Simulation:Network:Links:0:To", "0", "default"), rows);
        Assert.Contains(new ResolvedSetting("Simulation:Network:Links:0:Delay", "null", "default"), rows);
    }
}
