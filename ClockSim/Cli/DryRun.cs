using System.Text.Json;
using ClockSim.Application;
using ClockSim.Configuration;
using ClockSim.Hosting;
using Microsoft.Extensions.Configuration;

namespace ClockSim.Cli;

/// <summary>
/// <c>--dry-run</c>: every setting as the run would use it (the options' JSON form), where each came from (the layer
/// <c>GetDebugView</c> names for the key and the keys under it, or <c>default</c>), and where the run would go.
/// </summary>
internal static class DryRun
{
    public static void Write(TextWriter output, InvocationSettings settings, SimulationOptions options)
    {
        var origins = new List<(string Path, string Origin)>();
        settings.Layers.Configuration.GetDebugView(key =>
        {
            origins.Add((key.Path, ((SettingsLayer)key.ConfigurationProvider).Origin(key.Path)));
            return "";
        });

        var rows = new List<(string Key, string Value, string Origin)>();
        using var json = JsonDocument.Parse(OptionsCopy.Json(options));
        Add(SimulationOptions.SectionName, json.RootElement);
        output.WriteLine("Settings (--dry-run: nothing runs):");
        var keyWidth = rows.Max(r => r.Key.Length);
        var valueWidth = rows.Max(r => r.Value.Length);
        foreach (var row in rows)
        {
            output.WriteLine($"  {row.Key.PadRight(keyWidth)}  {row.Value.PadRight(valueWidth)}  {row.Origin}");
        }

        output.WriteLine(settings.SettingsFile is { } file
            ? $"Settings file: {DisplayPath.Of(file)}"
            : $"Settings file: none in this folder or above, so the defaults stand.");
        output.WriteLine($"Run folders go under: {settings.Output.Resolve(options.OutputDirectory)}");

        // A section's settings and a list of sections' entries each have their rows; a list of values is one row.
        void Add(string key, JsonElement value)
        {
            var entries = value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object);
            if (value.ValueKind == JsonValueKind.Object || entries)
            {
                var children = value.ValueKind == JsonValueKind.Object
                    ? value.EnumerateObject().Select(p => (p.Name, p.Value))
                    : value.EnumerateArray().Select((e, i) => (Name: i.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: e));
                foreach (var (name, child) in children)
                {
                    Add(key + ":" + name, child);
                }

                return;
            }

            // A list's entries say where it came from; the key itself only when it has none (an empty list).
            var entryOrigins = origins.Where(o => o.Path.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)).ToArray();
            var from = (entryOrigins.Length > 0 ? entryOrigins : origins.Where(o => string.Equals(o.Path, key, StringComparison.OrdinalIgnoreCase)))
                .Select(o => o.Origin).Distinct().ToArray();
            rows.Add((key, Text(value), from.Length == 0 ? "default" : string.Join(" + ", from)));
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Text)) + "]",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
