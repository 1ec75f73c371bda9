using ClockSim.Cli;

namespace ClockSim.Tests.Cli;

public sealed class SettingsArgumentsTests
{
    [Fact]
    public void Overrides_InBothFormsOfTheConfigurationCommandLine_GoToTheSettings()
    {
        var (tokens, overrides) = SettingsArguments.Split(
            ["--Simulation:Seed=4", "analyze", "--Simulation:Weights:Internal", "-1", "runs/x", "--config", "a.json"]);

        Assert.Equal(["analyze", "runs/x", "--config", "a.json"], tokens);
        Assert.Equal(["--Simulation:Seed=4", "--Simulation:Weights:Internal", "-1"], overrides);
    }

    [Fact]
    public void OptionsWithoutAColon_StayWithTheVerb()
    {
        var (tokens, overrides) = SettingsArguments.Split(["--seed=42", "--config=a:b.json", "--dry-run"]);

        Assert.Equal(["--seed=42", "--config=a:b.json", "--dry-run"], tokens);
        Assert.Empty(overrides);
    }
}
