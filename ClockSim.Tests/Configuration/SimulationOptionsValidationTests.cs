using ClockSim.Configuration;
using ClockSim.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ClockSim.Hosting;

namespace ClockSim.Tests.Configuration;

public sealed class SimulationOptionsValidationTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private IHost CreateSut(params string[] args) =>
        ClockSimHost.CreateBuilder([$"--Simulation:OutputDirectory={Path.Combine(_root.Path, "runs")}", .. args], _root.Path, null, showProgress: false).Build();

    private IReadOnlyList<string> Failures(params string[] args) => Assert.Throws<SettingsException>(() => CreateSut(args)).Problems;

    [Fact]
    public void Defaults_AreValid()
    {
        using var host = CreateSut();

        var options = host.Services.GetRequiredService<IOptions<SimulationOptions>>().Value;

        Assert.Equal((60.0, 3, 1, 6), (options.DurationSeconds, options.Machines, options.MinTickRate, options.MaxTickRate));
        Assert.Equal((2.0, 1.0, 7.0), (options.Weights.SendToOne, options.Weights.SendToAll, options.Weights.Internal));
        Assert.Empty(options.TickRates);
        Assert.Null(options.Seed);
    }

    [Theory]
    [InlineData("--Simulation:DurationSeconds=0", "Simulation:DurationSeconds")]
    [InlineData("--Simulation:DurationSeconds=-5", "Simulation:DurationSeconds")]
    [InlineData("--Simulation:DurationSeconds=NaN", "Simulation:DurationSeconds")]
    [InlineData("--Simulation:Machines=1", "Simulation:Machines")]
    [InlineData("--Simulation:Machines=129", "Simulation:Machines")]
    [InlineData("--Simulation:MinTickRate=0", "Simulation:MinTickRate")]
    [InlineData("--Simulation:MaxTickRate=-2", "Simulation:MaxTickRate")]
    [InlineData("--Simulation:Weights:SendToOne=-1", "Simulation:Weights:SendToOne")]
    [InlineData("--Simulation:Weights:Internal=-0.5", "Simulation:Weights:Internal")]
    public void SingleBadKey_IsRefusedNamingTheKey(string argument, string key)
    {
        var failure = Assert.Single(Failures(argument));

        Assert.StartsWith(key, failure);
        Assert.DoesNotContain("DataAnnotation", failure);
    }

    [Fact]
    public void MinAboveMax_IsRefusedNamingBoth()
    {
        var failure = Assert.Single(Failures("--Simulation:MinTickRate=5", "--Simulation:MaxTickRate=4"));

        Assert.Contains("Simulation:MinTickRate (5)", failure);
        Assert.Contains("Simulation:MaxTickRate (4)", failure);
    }

    [Fact]
    public void TickRateNotPositive_IsRefusedNamingTheEntry()
    {
        var failure = Assert.Single(Failures("--Simulation:TickRates:0=1", "--Simulation:TickRates:1=0", "--Simulation:TickRates:2=3"));

        Assert.StartsWith("Simulation:TickRates:1 is 0", failure);
    }

    [Fact]
    public void TickRatesCountOtherThanMachines_IsRefused()
    {
        var failure = Assert.Single(Failures("--Simulation:TickRates:0=1", "--Simulation:TickRates:1=2"));

        Assert.Contains("Simulation:TickRates has 2 entries but Simulation:Machines is 3", failure);
    }

    [Fact]
    public void OneTickRateForThreeMachines_SaysOneEntry()
    {
        var failure = Assert.Single(Failures("--Simulation:TickRates:0=1"));

        Assert.Contains("Simulation:TickRates has 1 entry but", failure);
    }

    [Fact]
    public void AllWeightsZero_IsRefused()
    {
        var failure = Assert.Single(Failures("--Simulation:Weights:SendToOne=0", "--Simulation:Weights:SendToAll=0", "--Simulation:Weights:Internal=0"));

        Assert.StartsWith("Simulation:Weights are all 0", failure);
    }

    [Fact]
    public void OutputDirectoryThatCannotBeCreated_IsRefused()
    {
        var blocker = Path.Combine(_root.Path, "a-file");
        File.WriteAllText(blocker, "");

        var failure = Assert.Single(Failures($"--Simulation:OutputDirectory={Path.Combine(blocker, "runs")}"));

        Assert.StartsWith("Simulation:OutputDirectory", failure);
        Assert.Contains("cannot be created or written", failure);
    }

    [Fact]
    public void BadOptions_AreRefusedBeforeTheHostIsBuilt()
    {
        var output = Path.Combine(_root.Path, "refused");

        Assert.Throws<SettingsException>(() => ClockSimHost.CreateBuilder(
            ["--Simulation:Machines=1", $"--Simulation:OutputDirectory={output}"], _root.Path, null, showProgress: false));

        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void NotANumber_IsRefusedBeforeTheHostIsBuilt()
    {
        var error = Assert.Throws<SettingsException>(() => CreateSut("--Simulation:DurationSeconds=abc"));

        Assert.Equal("Simulation:DurationSeconds is 'abc' (command line), which is not a number.", Assert.Single(error.Problems));
    }
}
