using System.Globalization;
using System.Text;
using System.Text.Json;
using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Sweeps;

namespace ClockSim.Experiments;

/// <summary>
/// An experiment's virtual twin: a sweep of its own configuration on the virtual engine, with the tick rates of each of
/// its committed runs pinned, over seeds 1 to <see cref="Seeds"/> and the experiment's own, so every run can be placed
/// among the runs like it at the other seeds (<see cref="TwinRange"/>) and beside the virtual run of its own seed (the same draws on another engine). The twin's file is written from the runs' <c>run.json</c> (their options as used, and their rates) into
/// <c>experiments/sweeps/twins/</c>, and its results go beside it like any sweep's.
/// </summary>
internal static class VirtualTwin
{
    public const int Seeds = 200;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    private static readonly string OptionsProperty = JsonNamingPolicy.CamelCase.ConvertName(nameof(RunManifest.Options));

    public static string Folder(string experimentsFolder) => Path.Combine(experimentsFolder, "sweeps", "twins");

    public static string FileOf(Experiment experiment, string experimentsFolder) => Path.Combine(Folder(experimentsFolder), experiment.Name + ".json");

    public static string ResultsOf(Experiment experiment, string experimentsFolder) =>
        Path.Combine(Folder(experimentsFolder), SweepFile.ResultsFolderName, experiment.Name);

    /// <summary>Writes the twin's sweep file from the experiment's committed runs and reads it back, checked like any sweep file.</summary>
    /// <param name="resultsFolder">The experiment's results: one run folder per seed.</param>
    /// <returns>The twin, or null when the experiment has no committed run to take after.</returns>
    /// <exception cref="SettingsException">The runs' settings do not make a valid sweep.</exception>
    public static SweepFile? Write(Experiment experiment, string resultsFolder, string experimentsFolder)
    {
        var runs = Directory.Exists(resultsFolder)
            ? Directory.GetDirectories(resultsFolder).Where(d => File.Exists(Path.Combine(d, RunManifestJson.FileName)))
                .Select(d => (Folder: d, Manifest: RunManifestJson.Read(d))).OrderBy(r => r.Manifest.Seed).ToArray()
            : [];
        if (runs.Length == 0)
        {
            return null;
        }

        var path = FileOf(experiment, experimentsFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // The runs' own record of their options is the configuration to repeat: the experiment file over appsettings.json.
        using var manifest = JsonSettingsFile.Parse(Path.Combine(runs[0].Folder, RunManifestJson.FileName), experiment.Name);
        var options = manifest.RootElement.GetProperty(OptionsProperty);
        var rateSets = runs.Select(r => r.Manifest.Machines.Select(m => m.TickRate).ToArray()).DistinctBy(rates => string.Join(',', rates.Select(r => r.ToString(CultureInfo.InvariantCulture))));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject(SweepFileReader.SectionName);
            json.WriteString("Title", $"{experiment.Options.Title}: the virtual twin");
            json.WriteString("Question", $"Where do the committed runs of experiments/{experiment.Name}.json fall among virtual runs of the same configuration?");
            json.WriteStartArray("Seeds");
            foreach (var seed in Enumerable.Range(1, Seeds).Union(experiment.Options.Seeds).Order())
            {
                json.WriteNumberValue(seed);
            }

            json.WriteEndArray();
            json.WriteStartObject("Axes");
            json.WriteStartArray(nameof(SimulationOptions.TickRates));
            foreach (var rates in rateSets)
            {
                json.WriteStartArray();
                foreach (var rate in rates)
                {
                    json.WriteNumberValue(rate);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject(SimulationOptions.SectionName);
            foreach (var setting in options.EnumerateObject().Where(s => !Swept(s.Name)))
            {
                setting.WriteTo(json);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        AtomicFile.WriteAllText(path, Encoding.UTF8.GetString(stream.ToArray()) + "\n");
        return SweepFileReader.Load(path);
    }

    /// <summary>The settings the twin sets itself (the rates, on its axis) or a sweep leaves to itself (seed, engine, folder).</summary>
    private static bool Swept(string name) =>
        string.Equals(name, nameof(SimulationOptions.TickRates), StringComparison.OrdinalIgnoreCase)
        || SweepFileReader.Owned.Any(o => string.Equals(o.Key, name, StringComparison.OrdinalIgnoreCase));
}
