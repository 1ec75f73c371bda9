using ClockSim.Configuration;
using static ClockSim.Tests.Configuration.TestLayers;

namespace ClockSim.Tests.Configuration;

public sealed class SettingOriginsTests
{
    private static readonly LayeredSettings Settings = new(
    [
        Json("appsettings.json", """{ "Simulation": { "MaxTickRate": 6, "Weights": { "Internal": 7 } } }"""),
        SettingsLayer.CommandLine(["--Simulation:MinTickRate=7"]),
    ]);

    [Fact]
    public void Annotate_OneKey_NamesItsLayer() =>
        Assert.Equal(
            "Simulation:Weights:Internal is -1; a weight must be a number from 0 to 1e9 (set by appsettings.json).",
            SettingOrigins.Annotate("Simulation:Weights:Internal is -1; a weight must be a number from 0 to 1e9.", Settings));

    [Fact]
    public void Annotate_SeveralKeys_NamesEachLayerAndTheDefault() =>
        Assert.Equal(
            "Simulation:MinTickRate (7) must not exceed Simulation:MaxTickRate (6) "
            + "(set by Simulation:MinTickRate: command line; Simulation:MaxTickRate: appsettings.json).",
            SettingOrigins.Annotate("Simulation:MinTickRate (7) must not exceed Simulation:MaxTickRate (6).", Settings));

    [Fact]
    public void Annotate_AKeyNoLayerSets_SaysTheDefaultStands() =>
        Assert.Equal(
            "Simulation:DurationSeconds must be a number of seconds from 0.001 to 86400 (set by the default).",
            SettingOrigins.Annotate("Simulation:DurationSeconds must be a number of seconds from 0.001 to 86400.", Settings));
}
