using ClockSim.Configuration;
using ClockSim.Application;

namespace ClockSim.Hosting;

/// <summary>
/// The settings one command reads, as layers from lowest to highest: the nearest appsettings.json at or above
/// the current folder, the <c>--config</c> file, the environment (<c>Simulation__Seed</c>), then the command
/// line's <c>--Simulation:Key=value</c> overrides. Relative output paths start from the folder of appsettings.json,
/// or from the current folder when there is none, never from the program's own folder.
/// </summary>
internal sealed class InvocationSettings
{
    /// <summary>The settings of a run.</summary>
    public static readonly RootSection SimulationSection = RootSection.For<SimulationOptions>(SimulationOptions.SectionName);

    /// <summary>The top-level sections a settings file may hold; every key under the first two is checked.</summary>
    public static readonly IReadOnlyList<RootSection> Sections =
    [
        SimulationSection,
        RootSection.For<ExperimentOptions>(ExperimentOptions.SectionName),
        new("Logging", Shape: null),
    ];

    internal InvocationSettings(LayeredSettings layers, string baseDirectory, string? settingsFile)
    {
        Layers = layers;
        BaseDirectory = baseDirectory;
        SettingsFile = settingsFile;
    }

    public LayeredSettings Layers { get; }

    /// <summary>The folder relative output paths start from.</summary>
    public string BaseDirectory { get; }

    /// <summary>The appsettings.json read, or null when there is none at or above the current folder.</summary>
    public string? SettingsFile { get; }

    public OutputLocation Output => new(BaseDirectory);

    /// <param name="configFile">The <c>--config</c> value as given, relative to <paramref name="currentDirectory"/>.</param>
    /// <exception cref="SettingsException">A file is missing or is not valid JSON.</exception>
    public static InvocationSettings Load(string currentDirectory, string? configFile, IReadOnlyList<string> overrides) =>
        Create(ContentRoot.Find(currentDirectory), configFile is null ? null : ConfigFile.Resolve(configFile, currentDirectory), overrides);

    /// <param name="baseDirectory">The folder to look for appsettings.json in (not above), where relative output paths start.</param>
    /// <param name="configFile">A settings file layered over appsettings.json, under the environment and the overrides.</param>
    public static InvocationSettings Create(string baseDirectory, string? configFile, IReadOnlyList<string> overrides)
    {
        var layers = new List<SettingsLayer>();
        var settingsFile = Path.Combine(baseDirectory, ContentRoot.SettingsFile);
        var found = File.Exists(settingsFile);
        if (found)
        {
            layers.Add(ConfigFile.Read(settingsFile, DisplayPath.Of(settingsFile)));
        }

        if (configFile is not null)
        {
            layers.Add(ConfigFile.Read(configFile, DisplayPath.Of(configFile)));
        }

        layers.Add(SettingsLayer.Environment());
        layers.Add(SettingsLayer.CommandLine(overrides));
        return new InvocationSettings(new LayeredSettings(layers), baseDirectory, found ? settingsFile : null);
    }

    /// <summary>Checks every key of every layer, then binds the <c>Simulation</c> section (its rules are not checked: see <see cref="ValidSimulation"/>).</summary>
    /// <exception cref="SettingsException">Every key that is not a setting, every value that does not convert.</exception>
    public SimulationOptions Simulation()
    {
        var problems = SettingsChecker.Check(Layers, Sections);
        return problems.Count > 0 ? throw new SettingsException(problems) : SettingsBinder.Simulation(Layers);
    }

    /// <summary>The <c>Simulation</c> section checked, bound, and held to its rules: the options a run uses.</summary>
    /// <exception cref="SettingsException">As <see cref="Simulation"/>; or every rule broken, each with where its values came from.</exception>
    public SimulationOptions ValidSimulation()
    {
        var options = Simulation();
        var failures = new SimulationOptionsValidator(Output).Failures(options);
        return failures.Count > 0 ? throw new SettingsException([.. failures.Select(f => SettingOrigins.Annotate(f, Layers))]) : options;
    }
}
