using System.Globalization;
using static System.FormattableString;

namespace ClockSim.Configuration;

/// <summary>
/// Holds every key of every layer against the options types before anything runs, so a typo cannot quietly run
/// the defaults: a key that binds to no setting (with the closest valid key), a section given one value, a list
/// given as one string, a list index that is not a number, a value that does not convert; then, on the merged
/// view, list indexes that do not start at 0 or leave gaps. Each problem is one sentence naming the key and
/// where it came from.
/// </summary>
internal static class SettingsChecker
{
    public static IReadOnlyList<string> Check(LayeredSettings settings, IReadOnlyList<RootSection> roots)
    {
        var problems = new List<string>();
        for (var layer = 0; layer < settings.Layers.Count; layer++)
        {
            foreach (var key in settings.Layers[layer].ChildKeys(null))
            {
                var root = roots.FirstOrDefault(r => string.Equals(r.Name, key, StringComparison.OrdinalIgnoreCase));
                if (root?.Shape is { } shape)
                {
                    new LayerChecker(settings, layer, roots, problems).Walk(key, root.Name, shape);
                }
                else if (root is null && settings.Layers[layer].Kind != SettingsLayerKind.Environment)
                {
                    // The environment holds every variable of the machine (PATH, HOME…): only the program's own sections are its business.
                    new LayerChecker(settings, layer, roots, problems).Unknown(key, parentKey: null, siblings: [.. roots.Select(r => r.Name)]);
                }
            }
        }

        foreach (var root in roots)
        {
            if (root.Shape is not null)
            {
                CheckIndexes(settings, root.Name, root.Shape, problems);
            }
        }

        return problems;
    }

    /// <summary>The one message for a key that names no setting: where it came from, and the closest valid key or <paramref name="otherwise"/>.</summary>
    public static string UnknownKey(string key, string origin, string? closest, string otherwise) =>
        $"{key} is not a setting ({origin}); {(closest is null ? otherwise : $"did you mean {closest}?")}";

    /// <summary>Whether a key segment is a list index: a whole number from 0.</summary>
    public static bool IsIndex(string segment, out int index) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);

    private static void CheckIndexes(LayeredSettings settings, string path, SettingShape shape, List<string> problems)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Section:
                foreach (var property in shape.Properties)
                {
                    CheckIndexes(settings, path + ":" + property.Name, property.Shape, problems);
                }

                break;
            case ShapeKind.List:
                int[] indexes = [.. settings.Configuration.GetSection(path).GetChildren().Select(c => IsIndex(c.Key, out var i) ? i : -1).Where(i => i >= 0).Order()];
                var gap = Enumerable.Range(0, indexes.Length).FirstOrDefault(i => indexes[i] != i, -1);
                if (gap == 0)
                {
                    problems.Add(Invariant(
                        $"{path} starts at index {indexes[0]} ({Origin(settings, path, indexes[0])}); list indexes start at 0 ({path}:0 is the first entry)."));
                }
                else if (gap > 0)
                {
                    problems.Add(Invariant(
                        $"{path} has an entry at index {indexes[gap]} but none at {gap} ({Origin(settings, path, indexes[gap])}); list indexes run 0, 1, 2, … without gaps."));
                }

                foreach (var index in indexes)
                {
                    CheckIndexes(settings, Invariant($"{path}:{index}"), shape.Element!, problems);
                }

                break;
        }
    }

    private static string Origin(LayeredSettings settings, string path, int index)
    {
        var key = Invariant($"{path}:{index}");
        return settings.OriginOf(key, orBelow: true)?.Origin(key) ?? "";
    }
}
