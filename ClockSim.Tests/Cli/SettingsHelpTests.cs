using ClockSim.Cli;
using ClockSim.Configuration;

namespace ClockSim.Tests.Cli;

public sealed class SettingsHelpTests
{
    [Fact]
    public void Write_ListsEverySettingWithItsDefault()
    {
        using var output = new StringWriter();

        SettingsHelp.Write(output);

        var text = output.ToString();
        Assert.All(
            SettingShape.Of(typeof(SimulationOptions)).Keys(SimulationOptions.SectionName)
                .Where(k => k is not ("Simulation:Weights" or "Simulation:Network" or "Simulation:Network:Delay" or "Simulation:Clocks" or "Simulation:Clocks:Physical" or "Simulation:Clocks:Sync")),
            key => Assert.Contains("  " + key + " ", text));
        Assert.Contains("A whole number from 2 to 1000; default 3.", text);
        Assert.Contains("One of Sockets, Virtual; default Sockets.", text);
        Assert.Contains("A whole number or null; default null.", text);
        Assert.Contains("A list numbered from 0, each entry a number; default [].", text);
    }
}
