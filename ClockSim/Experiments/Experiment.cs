using Microsoft.Extensions.Configuration;

namespace ClockSim.Experiments;

/// <summary>An experiment: a file <c>experiments/&lt;name&gt;.json</c> of configuration overrides and its seeds.</summary>
internal sealed record Experiment(string Name, string FilePath, ExperimentOptions Options)
{
    /// <exception cref="InvalidDataException">The file has no seeds or cannot be read.</exception>
    public static Experiment Load(string filePath)
    {
        var options = new ExperimentOptions();
        try
        {
            new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(filePath), optional: false, reloadOnChange: false).Build()
                .GetSection(ExperimentOptions.SectionName).Bind(options);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or IOException)
        {
            throw new InvalidDataException($"{filePath} cannot be read: {e.Message}", e);
        }

        if (options.Seeds.Length == 0)
        {
            throw new InvalidDataException($"{filePath} lists no Experiment:Seeds; give at least one seed.");
        }

        return new Experiment(Path.GetFileNameWithoutExtension(filePath), Path.GetFullPath(filePath), options);
    }

    /// <summary>Every experiment file in <paramref name="folder"/>, by name.</summary>
    public static IReadOnlyList<Experiment> LoadAll(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load)];

    /// <summary>The folder that holds this experiment's run folders.</summary>
    public string ResultsFolder(string experimentsFolder) => Path.Combine(experimentsFolder, "results", Name);
}
