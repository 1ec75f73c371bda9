using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace ClockSim.Configuration;

/// <summary>One source of settings, and the name a person knows it by in a message and in <c>--dry-run</c>.</summary>
internal sealed record SettingsLayer(string Label, SettingsLayerKind Kind, IConfigurationSource Source)
{
    public const string CommandLineLabel = "command line";
    public const string EnvironmentLabel = "environment";

    /// <summary>A JSON file's keys, already read by <see cref="JsonSettingsFile"/>.</summary>
    public static SettingsLayer Json(string label, IEnumerable<KeyValuePair<string, string?>> keys) =>
        new(label, SettingsLayerKind.JsonFile, new MemoryConfigurationSource { InitialData = keys });

    /// <summary>Every environment variable, <c>__</c> read as <c>:</c>; only the sections the program owns are checked.</summary>
    public static SettingsLayer Environment() => new(EnvironmentLabel, SettingsLayerKind.Environment, new EnvironmentVariablesConfigurationSource());

    /// <summary>Overrides in the forms the configuration command line accepts: <c>--Key=value</c> and <c>--Key value</c>.</summary>
    public static SettingsLayer CommandLine(IEnumerable<string> overrides) =>
        new(CommandLineLabel, SettingsLayerKind.CommandLine, new CommandLineConfigurationSource { Args = overrides });

    /// <summary>Where <paramref name="key"/> came from, as a message says it: <c>command line</c>, <c>environment variable Simulation__Seed</c>.</summary>
    public string Origin(string key) => Kind == SettingsLayerKind.Environment ? "environment variable " + EnvironmentName(key) : Label;

    /// <summary>How to write <paramref name="key"/> = <paramref name="value"/> in this layer: <c>--Simulation:Seed=42</c>, <c>Simulation__Seed=42</c>.</summary>
    public string Assignment(string key, string value) => Kind switch
    {
        SettingsLayerKind.Environment => EnvironmentName(key) + "=" + value,
        _ => "--" + key + "=" + value,
    };

    private static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
