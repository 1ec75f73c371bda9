using System.Text.Json;
using ClockSim.Configuration;

namespace ClockSim.Sweeps;

/// <summary>
/// Reads the <c>Sweep:Axes</c> of a sweep file: each names a setting of <c>Simulation</c> (a value, a list such as
/// <c>TickRates</c>, or a section such as <c>Network:Delay</c>) and lists the values it takes. Each value is checked
/// against the options types on its own, so a mistake names its axis and value.
/// </summary>
internal static class SweepAxes
{
    /// <summary>The one section a sweep's settings belong to.</summary>
    public static readonly IReadOnlyList<RootSection> Roots = [RootSection.For<SimulationOptions>(SimulationOptions.SectionName)];

    /// <summary>The settings a sweep decides itself, and why no axis or <c>Simulation</c> section may set them.</summary>
    public static readonly IReadOnlyList<(string Key, string Why)> Owned =
    [
        ("Seed", "the seeds are Sweep:Seeds"),
        ("Engine", "a sweep always runs on the Virtual engine"),
        ("OutputDirectory", "a sweep writes its results to results/<name>/ beside its file"),
    ];

    public static readonly string Prefix = SimulationOptions.SectionName + ":";

    /// <summary>Every key an axis may name, relative to <c>Simulation</c>: each setting, and each section as a whole.</summary>
    private static readonly string[] Keys = [.. Roots[0].Shape!.Keys(SimulationOptions.SectionName).Select(k => k[Prefix.Length..])];

    public static IReadOnlyList<SweepAxis> Read(JsonElement axes, string label, List<string> problems)
    {
        if (axes.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"Sweep:Axes is {axes.GetRawText()} ({label}); give each setting it varies with a list of values, e.g. {{ \"Weights:Internal\": [7, 3] }}.");
            return [];
        }

        var result = new List<SweepAxis>();
        foreach (var property in axes.EnumerateObject())
        {
            if (Axis(property, label, result, problems) is { } axis)
            {
                result.Add(axis);
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="key"/> is <paramref name="axis"/> or a setting under it.</summary>
    public static bool Covers(string axis, string key) =>
        string.Equals(axis, key, StringComparison.OrdinalIgnoreCase) || key.StartsWith(axis + ":", StringComparison.OrdinalIgnoreCase);

    private static SweepAxis? Axis(JsonProperty property, string label, IReadOnlyList<SweepAxis> before, List<string> problems)
    {
        var where = "Sweep:Axes:" + property.Name;
        var key = Keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
        string? problem = null;
        if (key is null)
        {
            problem = SettingsChecker.UnknownKey(where, label, ClosestMatch.Find(property.Name, Keys),
                "an axis names a setting of Simulation, such as TickRates or Weights:Internal.");
        }
        else if (Owned.FirstOrDefault(o => Covers(o.Key, key)) is { Why: { } why })
        {
            problem = $"{where} cannot be an axis ({label}): {why}.";
        }
        else if (before.FirstOrDefault(a => Covers(a.Key, key) || Covers(key, a.Key)) is { } other)
        {
            problem = $"{where} overlaps the axis {other.Key} ({label}); a setting can have one axis only.";
        }
        else if (property.Value.ValueKind != JsonValueKind.Array)
        {
            problem = $"{where} is {property.Value.GetRawText()} ({label}); give the list of values it takes, e.g. [1, 2].";
        }
        else if (property.Value.GetArrayLength() == 0)
        {
            problem = $"{where} is empty ({label}); give at least one value.";
        }

        if (problem is not null)
        {
            problems.Add(problem);
            return null;
        }

        var values = new List<SweepAxisValue>();
        foreach (var entry in property.Value.EnumerateArray())
        {
            var text = SweepValueText.Of(entry);
            if (values.Any(v => v.Text == text))
            {
                problems.Add($"{where} lists {text} twice ({label}); each value runs once.");
                continue;
            }

            var source = $"{label}, axis {key} = {text}";
            var keys = JsonSettingsFile.Keys(entry, Prefix + key, shape: null, source);
            problems.AddRange(SettingsChecker.Check(new LayeredSettings([SettingsLayer.Json(source, keys)]), Roots));
            values.Add(new SweepAxisValue(text, entry.ValueKind == JsonValueKind.Number && entry.TryGetDouble(out var number) ? number : null, keys));
        }

        return new SweepAxis(key!, values);
    }
}
