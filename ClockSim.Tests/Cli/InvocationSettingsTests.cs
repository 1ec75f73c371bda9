using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Tests.Support;
using ClockSim.Hosting;

namespace ClockSim.Tests.Cli;

public sealed class InvocationSettingsTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void SettingsFileAbove_IsFound_AndOutputPathsStartInItsFolder()
    {
        _root.Write("appsettings.json", """{ "Simulation": { "OutputDirectory": "out/runs" } }""");
        var inside = Directory.CreateDirectory(Path.Combine(_root.Path, "ClockSim", "bin")).FullName;

        var settings = InvocationSettings.Load(inside, null, []);

        Assert.Equal(Path.Combine(_root.Path, "appsettings.json"), settings.SettingsFile);
        Assert.Equal(Path.Combine(_root.Path, "out", "runs"), settings.Output.Resolve(settings.Simulation().OutputDirectory));
    }

    [Fact]
    public void NoSettingsFile_DefaultsStand_AndRunsGoUnderTheCurrentFolder()
    {
        var here = Directory.CreateDirectory(Path.Combine(_root.Path, "elsewhere")).FullName;

        var settings = InvocationSettings.Create(here, null, []);

        Assert.Null(settings.SettingsFile);
        Assert.Equal(Path.Combine(here, "runs"), settings.Output.Resolve(settings.Simulation().OutputDirectory));
    }

    [Fact]
    public void CommandLine_WinsOverTheConfigFile_WhichWinsOverAppsettings()
    {
        _root.Write("appsettings.json", """{ "Simulation": { "Machines": 4, "Seed": 1, "DurationSeconds": 9 } }""");
        _root.Write(Path.Combine("experiments", "e.json"), """{ "Experiment": { "Seeds": [1] }, "Simulation": { "Seed": 2, "DurationSeconds": 8 } }""");

        var options = InvocationSettings.Load(_root.Path, Path.Combine("experiments", "e.json"), ["--Simulation:DurationSeconds=7"]).Simulation();

        Assert.Equal((4, 2, 7.0), (options.Machines, options.Seed, options.DurationSeconds));
    }

    [Fact]
    public void ConfigFile_IsRelativeToTheCurrentFolder()
    {
        _root.Write(Path.Combine("sub", "e.json"), """{ "Simulation": { "Machines": 5 } }""");

        Assert.Equal(5, InvocationSettings.Load(Path.Combine(_root.Path, "sub"), "e.json", []).Simulation().Machines);
    }

    [Fact]
    public void MissingConfigFile_IsRefused() =>
        Assert.Equal(
            "--config: the file 'none.json' does not exist.",
            Assert.Throws<SettingsException>(() => InvocationSettings.Load(_root.Path, "none.json", [])).Message);

    [Fact]
    public void RunJson_AsConfig_RepeatsEveryOptionOfTheRunButWhereFilesGo()
    {
        var recorded = new SimulationOptions
        {
            DurationSeconds = 2.5,
            Machines = 4,
            MinTickRate = 2,
            MaxTickRate = 9,
            TickRates = [2, 9, 4.5, 3],
            Seed = 1234,
            Weights = new WeightOptions { SendToOne = 3, SendToAll = 0.5, Internal = 1 },
            OutputDirectory = "/somewhere/on/another/computer",
        };
        _root.Write(Path.Combine("runs", "r1", RunManifestJson.FileName), RunManifestJson.Serialize(Manifest(recorded)));

        var settings = InvocationSettings.Load(_root.Path, Path.Combine("runs", "r1", RunManifestJson.FileName), []);
        var fromFolder = InvocationSettings.Load(_root.Path, Path.Combine("runs", "r1"), []).Simulation();

        var options = settings.Simulation();
        Assert.Equal("runs", options.OutputDirectory);
        recorded.OutputDirectory = options.OutputDirectory;
        Assert.Equal(OptionsCopy.Json(recorded), OptionsCopy.Json(options));
        Assert.Equal(options.TickRates, fromFolder.TickRates);
    }

    [Theory]
    [InlineData(StartPhases.Random)]
    [InlineData(StartPhases.Aligned)]
    public void RunJson_AsConfig_RepeatsItsPhases(StartPhases phases)
    {
        var recorded = new SimulationOptions { TickRates = [4, 4, 4], Seed = 7, Phases = phases };
        _root.Write(Path.Combine("runs", "r1", RunManifestJson.FileName), RunManifestJson.Serialize(Manifest(recorded)));

        Assert.Equal(phases, InvocationSettings.Load(_root.Path, Path.Combine("runs", "r1"), []).Simulation().Phases);
    }

    [Fact]
    public void RunJson_FromBeforeStartPhases_RerunsAligned()
    {
        // Such a run ticked with aligned phases; its options have no "phases" key, and today's default is Random.
        var recorded = new SimulationOptions { TickRates = [4, 4, 4], Seed = 7 };
        var json = RunManifestJson.Serialize(Manifest(recorded)).Replace("\"phases\": \"Random\",", "", StringComparison.Ordinal);
        Assert.DoesNotContain("phases", json, StringComparison.Ordinal);
        _root.Write(Path.Combine("runs", "r1", RunManifestJson.FileName), json);

        Assert.Equal(StartPhases.Aligned, InvocationSettings.Load(_root.Path, Path.Combine("runs", "r1"), []).Simulation().Phases);
        Assert.Equal(StartPhases.Aligned, InvocationSettings.Load(_root.Path, Path.Combine("runs", "r1"), ["--Simulation:Phases=Aligned"]).Simulation().Phases);
        Assert.Equal(StartPhases.Random, InvocationSettings.Load(_root.Path, Path.Combine("runs", "r1"), ["--Simulation:Phases=Random"]).Simulation().Phases);
    }

    private static RunManifest Manifest(SimulationOptions options) => new()
    {
        FormatVersion = "1",
        Options = options,
        TickRatesDrawn = false,
        Seed = options.Seed!.Value,
        StartUtc = null,
        EndUtc = null,
        ElapsedSeconds = 0,
        EndReason = "completed",
        Machines = [],
        InFlight = 0,
    };
}
