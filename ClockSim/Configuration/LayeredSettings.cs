using Microsoft.Extensions.Configuration;

namespace ClockSim.Configuration;

/// <summary>
/// The settings of one invocation as layers, each over the ones before (e.g. appsettings.json, a <c>--config</c> file,
/// the environment, the command line), and their merged view, whose providers are the layers themselves.
/// </summary>
internal sealed class LayeredSettings(IReadOnlyList<SettingsLayer> layers)
{
    public IReadOnlyList<SettingsLayer> Layers => layers;

    /// <summary>The merged view: a key's value is the one of the last layer that sets it.</summary>
    public IConfigurationRoot Configuration { get; } = new ConfigurationRoot([.. layers]);

    /// <summary>The last layer that sets <paramref name="key"/> (or with <paramref name="orBelow"/> anything under it), or null: the default stands.</summary>
    public SettingsLayer? OriginOf(string key, bool orBelow = false) => layers.LastOrDefault(l => l.Sets(key, orBelow));
}
