using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Primitives;

namespace ClockSim.Configuration;

/// <summary>
/// One source of settings: a configuration provider named as a person knows it, the name <c>GetDebugView</c> shows and
/// messages say, and of a kind that decides how a message shows the right way to write a key.
/// </summary>
internal sealed class SettingsLayer(string label, SettingsLayerKind kind, IConfigurationProvider provider) : IConfigurationProvider
{
    public const string CommandLineLabel = "command line";
    public const string EnvironmentLabel = "environment";

    public string Label => label;

    public SettingsLayerKind Kind => kind;

    /// <summary>A JSON file's keys, already read by <see cref="JsonSettingsFile"/>.</summary>
    public static SettingsLayer Json(string label, IEnumerable<KeyValuePair<string, string?>> keys) =>
        new(label, SettingsLayerKind.JsonFile, new MemoryConfigurationProvider(new MemoryConfigurationSource { InitialData = keys }));

    /// <summary>Every environment variable, <c>__</c> read as <c>:</c>; only the sections the program owns are checked.</summary>
    public static SettingsLayer Environment() => new(EnvironmentLabel, SettingsLayerKind.Environment, new EnvironmentVariablesConfigurationProvider());

    /// <summary>Overrides in the forms the configuration command line accepts: <c>--Key=value</c> and <c>--Key value</c>.</summary>
    public static SettingsLayer CommandLine(IEnumerable<string> overrides) =>
        new(CommandLineLabel, SettingsLayerKind.CommandLine, new CommandLineConfigurationProvider(overrides));

    /// <summary>Where <paramref name="key"/> came from, as a message says it: <c>command line</c>, <c>environment variable Simulation__Seed</c>.</summary>
    public string Origin(string key) => kind == SettingsLayerKind.Environment ? "environment variable " + EnvironmentName(key) : label;

    /// <summary>How to write <paramref name="key"/> = <paramref name="value"/> in this layer: <c>--Simulation:Seed=42</c>, <c>Simulation__Seed=42</c>.</summary>
    public string Assignment(string key, string value) => kind == SettingsLayerKind.Environment ? EnvironmentName(key) + "=" + value : "--" + key + "=" + value;

    /// <summary>Whether this layer sets <paramref name="key"/>, or with <paramref name="orBelow"/> anything under it.</summary>
    public bool Sets(string key, bool orBelow = false) => provider.TryGet(key, out _) || (orBelow && provider.GetChildKeys([], key).Any());

    /// <summary>The distinct child keys of <paramref name="path"/> (null for the top level), as written here.</summary>
    public IReadOnlyList<string> ChildKeys(string? path) => [.. provider.GetChildKeys([], path).Distinct(StringComparer.OrdinalIgnoreCase)];

    public bool TryGet(string key, out string? value) => provider.TryGet(key, out value);

    public void Set(string key, string? value) => provider.Set(key, value);

    public IChangeToken GetReloadToken() => provider.GetReloadToken();

    public void Load() => provider.Load();

    public IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath) => provider.GetChildKeys(earlierKeys, parentPath);

    public override string ToString() => label;

    private static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
