using Microsoft.Extensions.Configuration;

namespace ClockSim.Configuration;

/// <summary>
/// The settings of one invocation as layers, each over the ones before (e.g. appsettings.json, a <c>--config</c>
/// file, the environment, the command line), and their merged view. Keeping the layers apart is what lets a
/// message and <c>--dry-run</c> say where each key came from.
/// </summary>
internal sealed class LayeredSettings
{
    public LayeredSettings(IReadOnlyList<SettingsLayer> layers)
    {
        Layers = layers;
        var builder = new ConfigurationBuilder();
        foreach (var layer in layers)
        {
            builder.Add(layer.Source);
        }

        Configuration = builder.Build();
        Providers = [.. Configuration.Providers];
    }

    public IReadOnlyList<SettingsLayer> Layers { get; }

    /// <summary>The merged view: a key's value is the one of the last layer that sets it.</summary>
    public IConfigurationRoot Configuration { get; }

    /// <summary>The provider of each layer, at the same index as <see cref="Layers"/>.</summary>
    public IReadOnlyList<IConfigurationProvider> Providers { get; }

    /// <summary>The layer whose value of <paramref name="key"/> wins, or null when no layer sets it (the default stands).</summary>
    public SettingsLayer? OriginOf(string key)
    {
        for (var i = Layers.Count - 1; i >= 0; i--)
        {
            if (Providers[i].TryGet(key, out _))
            {
                return Layers[i];
            }
        }

        return null;
    }

    /// <summary>The list indexes under <paramref name="path"/>, in order; child keys that are not indexes are left out.</summary>
    public int[] IndexesOf(string path) =>
        [.. Configuration.GetSection(path).GetChildren().Select(c => SettingsChecker.IsIndex(c.Key, out var i) ? i : -1).Where(i => i >= 0).Order()];

    /// <summary>The distinct child keys of <paramref name="path"/> (null for the top level) in one layer, as written there.</summary>
    public IReadOnlyList<string> ChildKeys(int layer, string? path) =>
        [.. Providers[layer].GetChildKeys([], path).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The layer that sets <paramref name="key"/> or anything under it last, for a message about a list's indexes.</summary>
    public SettingsLayer? OriginOfBranch(string key)
    {
        for (var i = Layers.Count - 1; i >= 0; i--)
        {
            if (Providers[i].TryGet(key, out _) || Providers[i].GetChildKeys([], key).Any())
            {
                return Layers[i];
            }
        }

        return null;
    }
}
