using static System.FormattableString;

namespace ClockSim.Configuration;

/// <summary>Checks the keys of one layer against the shapes of the sections the program reads, collecting problems.</summary>
internal sealed class LayerChecker(LayeredSettings settings, int layer, IReadOnlyList<RootSection> roots, List<string> problems)
{
    private const string Placeholder = "…";

    private SettingsLayer Layer => settings.Layers[layer];

    /// <param name="key">The key as the layer writes it, to name it in a message.</param>
    /// <param name="canonical">The same key spelt as the options spell it, to build suggestions.</param>
    public void Walk(string key, string canonical, SettingShape shape)
    {
        var children = Layer.ChildKeys(key);
        Layer.TryGet(key, out var value);
        switch (shape.Kind)
        {
            case ShapeKind.Section when children.Count == 0:
                if (!string.IsNullOrEmpty(value))
                {
                    problems.Add(SectionGivenValue(key, shape));
                }

                break;
            case ShapeKind.Section:
                foreach (var child in children)
                {
                    if (shape.Find(child) is { } property)
                    {
                        Walk(key + ":" + child, canonical + ":" + property.Name, property.Shape);
                    }
                    else
                    {
                        Unknown(key + ":" + child, canonical, [.. shape.Properties.Select(p => p.Name)]);
                    }
                }

                break;
            case ShapeKind.List when children.Count == 0:
                if (!string.IsNullOrEmpty(value))
                {
                    problems.Add(ListGivenValue(key, value, shape));
                }

                break;
            case ShapeKind.List:
                foreach (var child in children)
                {
                    if (SettingsChecker.IsIndex(child, out _))
                    {
                        Walk(key + ":" + child, canonical + ":" + child, shape.Element!);
                    }
                    else
                    {
                        problems.Add($"{key}:{child} is not a list index ({Layer.Origin(key)}); a list's entries are numbered 0, 1, 2, …");
                    }
                }

                break;
            case ShapeKind.Value when children.Count > 0:
                foreach (var leaf in Leaves(key))
                {
                    problems.Add($"{leaf} is not a setting ({Layer.Origin(leaf)}); {canonical} is one value, not a section.");
                }

                break;
            default:
                if (!SettingValue.TryParse(value, shape, out _))
                {
                    var shown = value is null ? "null" : $"'{value}'";
                    problems.Add(SettingValue.IsOverflowingWhole(value, shape)
                        ? $"{key} is {shown} ({Layer.Origin(key)}), a whole number far out of range; run --help lists the values it takes."
                        : $"{key} is {shown} ({Layer.Origin(key)}), which is not {SettingValue.Describe(shape)}.");
                }

                break;
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
            var rest = leaf[key.Length..];
            var suggestion = ClosestMatch.Find(name, siblings) is { } sibling
                ? (parentKey is null ? "" : parentKey + ":") + sibling + rest
                : SameNameElsewhere(leaf[(leaf.LastIndexOf(':') + 1)..]);
            var otherwise = parentKey is null
                ? "settings are under " + string.Join(", ", roots.Where(r => r.Shape is not null).Select(r => r.Name)) + "."
                : $"the settings of {parentKey} are {string.Join(", ", siblings)}.";
            problems.Add(SettingsChecker.UnknownKey(leaf, Layer.Origin(leaf), suggestion, otherwise));
        }
    }

    /// <summary>A setting elsewhere with the same last name, e.g. <c>Simulation:Weights:Internal</c> for a misplaced <c>Internal</c>.</summary>
    private string? SameNameElsewhere(string name) =>
        roots.Where(r => r.Shape is not null)
            .SelectMany(r => r.Shape!.Keys(r.Name))
            .FirstOrDefault(path => path.EndsWith(":" + name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The keys under <paramref name="key"/> that hold values; a list counts as one key, as it is written as one.</summary>
    private IEnumerable<string> Leaves(string key)
    {
        var children = Layer.ChildKeys(key);
        return children.All(c => SettingsChecker.IsIndex(c, out _)) ? [key] : children.SelectMany(c => Leaves(key + ":" + c));
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
            : (all ? "set its keys one by one: " : "set its keys one by one, e.g. ")
                + string.Join(" ", shown.Select(p => Layer.Assignment(key + ":" + p.Name, Placeholder)));
        var keys = all ? "" : $"; its keys are {string.Join(", ", shape.Properties.Select(p => p.Name))}";
        return $"{key} is a section, not one value ({Layer.Origin(key)}); {how}{keys}";
    }

    private string ListGivenValue(string key, string value, SettingShape shape)
    {
        var element = shape.Element!;
        string[] entries = element.Kind == ShapeKind.Value
            ? value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [Placeholder];
        var name = key[(key.LastIndexOf(':') + 1)..];
        if (Layer.Kind == SettingsLayerKind.JsonFile)
        {
            var quoted = element.Type == typeof(string) ? entries.Select(e => $"\"{e}\"") : entries;
            return $"{key} is a list, not one value ({Layer.Origin(key)}); write it as \"{name}\": [{string.Join(", ", quoted)}]";
        }

        var first = element.Kind == ShapeKind.Section && element.Properties.Count > 0 ? ":" + element.Properties[0].Name : "";
        var assignments = entries.Select((entry, i) => Layer.Assignment(Invariant($"{key}:{i}{first}"), entry));
        return $"{key} is a list, not one value ({Layer.Origin(key)}); give each entry its own index from 0: {string.Join(" ", assignments)}";
    }
}
