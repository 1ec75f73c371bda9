using System.Text.Json;
using ClockSim.Configuration;
using ClockSim.Recording;

namespace ClockSim.Hosting;

/// <summary>
/// A JSON file of settings as a layer: appsettings.json, an experiment file, or a run's <c>run.json</c>, whose
/// recorded <c>options</c> (camelCase, every key) become the <c>Simulation</c> section, so <c>--config
/// runs/&lt;run&gt;/run.json</c> repeats that run's configuration. Settings about this computer (see
/// <see cref="LocalSettingAttribute"/>) are left out of a rerun.
/// </summary>
internal static class ConfigFile
{
    private static readonly string FormatVersionKey = JsonNamingPolicy.CamelCase.ConvertName(nameof(RunManifest.FormatVersion));
    private static readonly string PhasesKey = JsonNamingPolicy.CamelCase.ConvertName(nameof(SimulationOptions.Phases));
    private static readonly string OptionsKey = JsonNamingPolicy.CamelCase.ConvertName(nameof(RunManifest.Options));

    /// <param name="label">The file as the user knows it, for messages and <c>--dry-run</c>.</param>
    /// <exception cref="SettingsException">The file cannot be read or is not a JSON object.</exception>
    public static SettingsLayer Read(string path, string label)
    {
        using var document = JsonSettingsFile.Parse(path, label);
        var root = document.RootElement;
        var keys = root.TryGetProperty(FormatVersionKey, out _) && root.TryGetProperty(OptionsKey, out var options)
            ? RecordedKeys(options, label)
            : JsonSettingsFile.Keys(root, "", label);
        return SettingsLayer.Json(label, keys);
    }

    /// <summary>
    /// A run's recorded options as settings. A run recorded before start phases existed ticked with aligned phases, so
    /// its rerun does too: an absent <c>phases</c> means <see cref="StartPhases.Aligned"/>, not today's default.
    /// </summary>
    private static IReadOnlyList<KeyValuePair<string, string?>> RecordedKeys(JsonElement options, string label)
    {
        var local = SettingShape.Of(typeof(SimulationOptions)).Properties.Where(p => p.IsLocal).Select(p => SimulationOptions.SectionName + ":" + p.Name).ToArray();
        IReadOnlyList<KeyValuePair<string, string?>> keys =
            [.. JsonSettingsFile.Keys(options, SimulationOptions.SectionName, label).Where(k => !local.Any(l => k.Key.Equals(l, StringComparison.OrdinalIgnoreCase) || k.Key.StartsWith(l + ":", StringComparison.OrdinalIgnoreCase)))];
        return options.TryGetProperty(PhasesKey, out _)
            ? keys
            : [.. keys, new(SimulationOptions.SectionName + ":" + nameof(SimulationOptions.Phases), nameof(StartPhases.Aligned))];
    }

    /// <summary>The file a <c>--config</c> value names, relative to the current folder; a run folder stands for its run.json.</summary>
    /// <exception cref="SettingsException">There is no such file.</exception>
    public static string Resolve(string value, string currentDirectory)
    {
        var path = Path.GetFullPath(value, currentDirectory);
        if (Directory.Exists(path) && File.Exists(Path.Combine(path, RunManifestJson.FileName)))
        {
            return Path.Combine(path, RunManifestJson.FileName);
        }

        return File.Exists(path) ? path
            : Directory.Exists(path) ? throw new SettingsException($"--config: '{value}' is a folder without {RunManifestJson.FileName}; name a settings file, or a run folder.")
            : throw new SettingsException($"--config: the file '{value}' does not exist.");
    }
}
