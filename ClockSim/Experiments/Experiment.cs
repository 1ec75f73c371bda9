using ClockSim.Configuration;
using ClockSim.Application;

namespace ClockSim.Experiments;

/// <summary>An experiment: a file <c>experiments/&lt;name&gt;.json</c> of configuration overrides and its seeds.</summary>
internal sealed record Experiment(string Name, string FilePath, ExperimentOptions Options)
{
    /// <summary>
    /// The sections an experiment file holds, each key checked: a typo in the file is refused, not run as the default.
    /// </summary>
    private static readonly IReadOnlyList<RootSection> Sections =
    [
        RootSection.For<ExperimentOptions>(ExperimentOptions.SectionName),
        RootSection.For<SimulationOptions>(SimulationOptions.SectionName),
    ];

    /// <exception cref="SettingsException">The file cannot be read, holds a key that is not a setting, or has no seeds.</exception>
    public static Experiment Load(string filePath)
    {
        var label = DisplayPath.Of(filePath);
        using var document = JsonSettingsFile.Parse(filePath, label);
        var settings = new LayeredSettings([SettingsLayer.Json(label, JsonSettingsFile.Keys(document.RootElement, "", label))]);
        var problems = SettingsChecker.Check(settings, Sections);
        if (problems.Count > 0)
        {
            throw new SettingsException(problems);
        }

        var options = SettingsBinder.Experiment(settings);
        if (options.Seeds.Length == 0)
        {
            throw new SettingsException($"{label} lists no Experiment:Seeds; give at least one seed.");
        }

        return new Experiment(Path.GetFileNameWithoutExtension(filePath), Path.GetFullPath(filePath), options);
    }

    /// <summary>Every experiment file in <paramref name="folder"/>, by name.</summary>
    public static IReadOnlyList<Experiment> LoadAll(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load)];

    /// <summary>The folder that holds this experiment's run folders.</summary>
    public string ResultsFolder(string experimentsFolder) => Path.Combine(experimentsFolder, "results", Name);
}
