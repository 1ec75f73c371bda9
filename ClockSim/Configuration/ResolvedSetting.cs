namespace ClockSim.Configuration;

/// <summary>One setting as a run will use it, and where its value came from: a layer's name, or <c>default</c>.</summary>
internal sealed record ResolvedSetting(string Key, string Value, string Origin)
{
    public const string DefaultOrigin = "default";

    /// <summary>Every setting of <paramref name="options"/> (bound from the section at <paramref name="path"/>), in declaration order.</summary>
    public static IReadOnlyList<ResolvedSetting> All(LayeredSettings settings, string path, object options)
    {
        var rows = new List<ResolvedSetting>();
        Add(settings, path, SettingShape.Of(options.GetType()), options, rows);
        return rows;
    }

    private static void Add(LayeredSettings settings, string path, SettingShape shape, object? value, List<ResolvedSetting> rows)
    {
        var entries = value as System.Collections.IEnumerable;
        switch (shape.Kind)
        {
            case ShapeKind.Section when value is not null:
                foreach (var property in shape.Properties)
                {
                    Add(settings, path + ":" + property.Name, property.Shape, property.Property.GetValue(value), rows);
                }

                break;
            case ShapeKind.List when shape.Element!.Kind != ShapeKind.Value && entries is not null && entries.Cast<object>().Any():
                var index = 0;
                foreach (var entry in entries)
                {
                    Add(settings, $"{path}:{index++}", shape.Element, entry, rows);
                }

                break;
            case ShapeKind.List:
                var count = entries?.Cast<object>().Count() ?? 0;
                var origins = Enumerable.Range(0, count).Select(i => settings.OriginOfBranch($"{path}:{i}")?.Origin($"{path}:{i}"))
                    .Append(count == 0 ? settings.OriginOf(path)?.Origin(path) : null)
                    .OfType<string>()
                    .Distinct()
                    .ToArray();
                rows.Add(new ResolvedSetting(path, SettingValue.Format(value), origins.Length == 0 ? DefaultOrigin : string.Join(" + ", origins)));
                break;
            case ShapeKind.Section or ShapeKind.Value:
                rows.Add(new ResolvedSetting(path, SettingValue.Format(value), settings.OriginOf(path)?.Origin(path) ?? DefaultOrigin));
                break;
        }
    }
}
