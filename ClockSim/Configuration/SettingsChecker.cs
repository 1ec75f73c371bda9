using System.Globalization;
using static System.FormattableString;

namespace ClockSim.Configuration;

/// <summary>
/// Holds every key of every layer against the options' shapes before anything runs, so a typo cannot quietly run the
/// defaults: a key that binds to no setting (with the closest valid key), a section given one value, a list given as
/// one string, a list index that is not a number, a value that does not convert; then, on the merged view, list
/// indexes that do not start at 0 or leave gaps. Each problem is one sentence naming the key and the layer that set it,
/// the way to write it shown in that layer's own syntax.
/// </summary>
internal sealed class SettingsChecker(LayeredSettings settings, int layer, IReadOnlyList<RootSection> roots, List<string> problems)
{
    private const string Placeholder = "…";

    private SettingsLayer Layer => settings.Layers[layer];

    public static IReadOnlyList<string> Check(LayeredSettings settings, IReadOnlyList<RootSection> roots)
    {
        var problems = new List<string>();
        for (var layer = 0; layer < settings.Layers.Count; layer++)
        {
            var checker = new SettingsChecker(settings, layer, roots, problems);
            foreach (var key in settings.Layers[layer].ChildKeys(null))
            {
                var root = roots.FirstOrDefault(r => string.Equals(r.Name, key, StringComparison.OrdinalIgnoreCase));
                if (root?.Shape is { } shape)
                {
                    checker.Walk(key, root.Name, shape);
                }
                else if (root is null && settings.Layers[layer].Kind != SettingsLayerKind.Environment)
                {
                    // The environment holds every variable of the machine (PATH, HOME…): only the program's own sections are its business.
                    checker.Unknown(key, parentKey: null, siblings: [.. roots.Select(r => r.Name)]);
                }
            }
        }

        foreach (var root in roots.Where(r => r.Shape is not null))
        {
            CheckIndexes(settings, root.Name, root.Shape!, problems);
        }

        return problems;
    }

    /// <summary>The one message for a key that names no setting: where it came from, and the closest valid key or <paramref name="otherwise"/>.</summary>
    public static string UnknownKey(string key, string origin, string? closest, string otherwise) =>
        $"{key} is not a setting ({origin}); {(closest is null ? otherwise : $"did you mean {closest}?")}";

    /// <summary>Whether a key segment is a list index: a whole number from 0.</summary>
    public static bool IsIndex(string segment, out int index) => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);

    /// <param name="key">The key as the layer writes it, to name it in a message.</param>
    /// <param name="canonical">The same key spelt as the options spell it, to build suggestions.</param>
    public void Walk(string key, string canonical, SettingShape shape)
    {
        var children = Layer.ChildKeys(key);
        Layer.TryGet(key, out var value);
        if (children.Count == 0 && shape.Kind != ShapeKind.Value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                problems.Add(shape.Kind == ShapeKind.Section ? SectionGivenValue(key, shape) : ListGivenValue(key, value, shape));
            }
        }
        else if (shape.Kind == ShapeKind.Value && children.Count > 0)
        {
            problems.AddRange(Leaves(key).Select(leaf => $"{leaf} is not a setting ({Layer.Origin(leaf)}); {canonical} is one value, not a section."));
        }
        else if (shape.Kind == ShapeKind.Value && !SettingValue.TryParse(value, shape, out _))
        {
            var shown = value is null ? "null" : $"'{value}'";
            problems.Add(SettingValue.IsOverflowingWhole(value, shape)
                ? $"{key} is {shown} ({Layer.Origin(key)}), a whole number far out of range; run --help lists the values it takes."
                : $"{key} is {shown} ({Layer.Origin(key)}), which is not {SettingValue.Describe(shape)}.");
        }

        foreach (var child in shape.Kind == ShapeKind.Value ? [] : children)
        {
            if (shape.Kind == ShapeKind.List && !IsIndex(child, out _))
            {
                problems.Add($"{key}:{child} is not a list index ({Layer.Origin(key)}); a list's entries are numbered 0, 1, 2, …");
            }
            else if (shape.Kind == ShapeKind.List)
            {
                Walk(key + ":" + child, canonical + ":" + child, shape.Element!);
            }
            else if (shape.Find(child) is { } property)
            {
                Walk(key + ":" + child, canonical + ":" + property.Name, property.Shape);
            }
            else
            {
                Unknown(key + ":" + child, canonical, [.. shape.Properties.Select(p => p.Name)]);
            }
        }
    }

    /// <summary>Reports every key under <paramref name="key"/>, which names no setting, with the closest valid key.</summary>
    /// <param name="parentKey">The section it was found in, spelt as the options spell it; null at the top level.</param>
    /// <param name="siblings">The valid names at that level.</param>
    public void Unknown(string key, string? parentKey, IReadOnlyList<string> siblings)
    {
        var name = key[(key.LastIndexOf(':') + 1)..];
        foreach (var leaf in Leaves(key))
        {
            var suggestion = ClosestMatch.Find(name, siblings) is { } sibling
                ? (parentKey is null ? "" : parentKey + ":") + sibling + leaf[key.Length..]
                : roots.Where(r => r.Shape is not null).SelectMany(r => r.Shape!.Keys(r.Name))
                    .FirstOrDefault(path => path.EndsWith(":" + leaf[(leaf.LastIndexOf(':') + 1)..], StringComparison.OrdinalIgnoreCase));
            var otherwise = parentKey is null
                ? "settings are under " + string.Join(", ", roots.Where(r => r.Shape is not null).Select(r => r.Name)) + "."
                : $"the settings of {parentKey} are {string.Join(", ", siblings)}.";
            problems.Add(UnknownKey(leaf, Layer.Origin(leaf), suggestion, otherwise));
        }
    }

    private static void CheckIndexes(LayeredSettings settings, string path, SettingShape shape, List<string> problems)
    {
        if (shape.Kind == ShapeKind.Section)
        {
            foreach (var property in shape.Properties)
            {
                CheckIndexes(settings, path + ":" + property.Name, property.Shape, problems);
            }
        }
        else if (shape.Kind == ShapeKind.List)
        {
            int[] indexes = [.. settings.Configuration.GetSection(path).GetChildren().Select(c => IsIndex(c.Key, out var i) ? i : -1).Where(i => i >= 0).Order()];
            var gap = Enumerable.Range(0, indexes.Length).FirstOrDefault(i => indexes[i] != i, -1);
            string Origin(int index) => settings.OriginOf(Invariant($"{path}:{index}"), orBelow: true)?.Origin(Invariant($"{path}:{index}")) ?? "";
            if (gap == 0)
            {
                problems.Add(Invariant($"{path} starts at index {indexes[0]} ({Origin(indexes[0])}); list indexes start at 0 ({path}:0 is the first entry)."));
            }
            else if (gap > 0)
            {
                problems.Add(Invariant($"{path} has an entry at index {indexes[gap]} but none at {gap} ({Origin(indexes[gap])}); list indexes run 0, 1, 2, … without gaps."));
            }

            foreach (var index in indexes)
            {
                CheckIndexes(settings, Invariant($"{path}:{index}"), shape.Element!, problems);
            }
        }
    }

    /// <summary>The keys under <paramref name="key"/> that hold values; a list counts as one key, as it is written as one.</summary>
    private IEnumerable<string> Leaves(string key)
    {
        var children = Layer.ChildKeys(key);
        return children.All(c => IsIndex(c, out _)) ? [key] : children.SelectMany(c => Leaves(key + ":" + c));
    }

    /// <summary>How to set a section's keys: each of them when they are all values (Weights), else its keys and one example.</summary>
    private string SectionGivenValue(string key, SettingShape shape)
    {
        var name = key[(key.LastIndexOf(':') + 1)..];
        var values = shape.Properties.Where(p => p.Shape.Kind == ShapeKind.Value).ToArray();
        var all = values.Length == shape.Properties.Count;
        var shown = all ? values : values.Take(1);
        var how = Layer.Kind == SettingsLayerKind.JsonFile
            ? $"write it as \"{name}\": {{ {string.Join(", ", shown.Select(p => $"\"{p.Name}\": {Placeholder}"))}{(all ? "" : ", …")} }}"
            : (all ? "set its keys one by one: " : "set its keys one by one, e.g. ") + string.Join(" ", shown.Select(p => Layer.Assignment(key + ":" + p.Name, Placeholder)));
        var keys = all ? "" : $"; its keys are {string.Join(", ", shape.Properties.Select(p => p.Name))}";
        return $"{key} is a section, not one value ({Layer.Origin(key)}); {how}{keys}";
    }

    private string ListGivenValue(string key, string value, SettingShape shape)
    {
        var element = shape.Element!;
        string[] entries = element.Kind == ShapeKind.Value ? value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [Placeholder];
        if (Layer.Kind == SettingsLayerKind.JsonFile)
        {
            var quoted = element.Type == typeof(string) ? entries.Select(e => $"\"{e}\"") : entries;
            return $"{key} is a list, not one value ({Layer.Origin(key)}); write it as \"{key[(key.LastIndexOf(':') + 1)..]}\": [{string.Join(", ", quoted)}]";
        }

        var first = element.Kind == ShapeKind.Section && element.Properties.Count > 0 ? ":" + element.Properties[0].Name : "";
        var assignments = entries.Select((entry, i) => Layer.Assignment(Invariant($"{key}:{i}{first}"), entry));
        return $"{key} is a list, not one value ({Layer.Origin(key)}); give each entry its own index from 0: {string.Join(" ", assignments)}";
    }
}
