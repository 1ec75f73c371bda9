using ClockSim.Cli;
using ClockSim.Configuration;
using ClockSim.Hosting;
using ClockSim.Tests.Support;
using static ClockSim.Tests.Configuration.TestLayers;

namespace ClockSim.Tests.Cli;

/// <summary>The rows of <c>--dry-run</c>: each setting as the run uses it, and the layer it came from.</summary>
public sealed class DryRunRowsTests
{
    private static IReadOnlyList<(string Key, string Value, string Origin)> Rows(params SettingsLayer[] layers)
    {
        using var root = new TempDirectory();
        var layered = new LayeredSettings(layers);
        using var output = new StringWriter();
        DryRun.Write(output, new InvocationSettings(layered, root.Path, null), SettingsBinder.Simulation(layered));
        return [.. output.ToString().Split(System.Environment.NewLine).Where(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => (c[0], c[1], c[2]))];
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
                "Simulation:PngCharts",
            ],
            Rows().Select(r => r.Key));

    [Fact]
    public void EachValue_SaysWhereItCameFrom()
    {
        var rows = Rows(
            Json("appsettings.json", """{ "Simulation": { "DurationSeconds": 60, "TickRates": [1, 2, 3], "Seed": null } }"""),
            Environment(("Simulation__Machines", "3")),
            CommandLine("--Simulation:DurationSeconds=0.5", "--Simulation:TickRates:1=6")).ToDictionary(r => r.Key);

        Assert.Equal(("Simulation:DurationSeconds", "0.5", "command line"), rows["Simulation:DurationSeconds"]);
        Assert.Equal(("Simulation:Machines", "3", "environment variable Simulation__Machines"), rows["Simulation:Machines"]);
        Assert.Equal(("Simulation:TickRates", "[1, 6, 3]", "appsettings.json + command line"), rows["Simulation:TickRates"]);
        Assert.Equal(("Simulation:Seed", "null", "appsettings.json"), rows["Simulation:Seed"]);
        Assert.Equal(("Simulation:Weights:Internal", "7", "default"), rows["Simulation:Weights:Internal"]);
    }

    [Fact]
    public void EntriesOfAListOfSections_EachHaveTheirRows()
    {
        var rows = Rows(CommandLine("--Simulation:Network:Links:0:From=2"));

        Assert.Contains(("Simulation:Network:Links:0:From", "2", "command line"), rows);
        Assert.Contains(("Simulation:Network:Links:0:To", "0", "default"), rows);
        Assert.Contains(("Simulation:Network:Links:0:Delay", "null", "default"), rows);
    }
}
