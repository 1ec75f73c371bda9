namespace ClockSim.Configuration;

/// <summary>
/// Fills an options object from the merged settings by walking its <see cref="SettingShape"/>, converting each
/// value through <see cref="SettingValue"/>: a key no layer sets keeps the class's default, a list takes its
/// entries in index order. Run <see cref="SettingsChecker"/> first; a value that still does not convert here is
/// reported the same way.
/// </summary>
internal static class SettingsBinder
{
    /// <summary>A new <typeparamref name="TOptions"/> with the section at <paramref name="path"/> bound over its defaults.</summary>
    public static TOptions Read<TOptions>(LayeredSettings settings, string path)
        where TOptions : new()
    {
        var options = new TOptions();
        Bind(settings, path, options);
        return options;
    }

    /// <summary>Binds the section at <paramref name="path"/> over the values <paramref name="options"/> already holds.</summary>
    /// <exception cref="SettingsException">A value does not convert to its setting's type.</exception>
    public static void Bind(LayeredSettings settings, string path, object options) =>
        BindSection(settings, path, SettingShape.Of(options.GetType()), options);

    private static void BindSection(LayeredSettings settings, string path, SettingShape shape, object target)
    {
        foreach (var property in shape.Properties)
        {
            var key = path + ":" + property.Name;
            if (settings.OriginOfBranch(key) is not null)
            {
                property.Property.SetValue(target, Read(settings, key, property.Shape, property.Property.GetValue(target)));
            }
        }
    }

    private static object? Read(LayeredSettings settings, string key, SettingShape shape, object? current)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Section:
                var section = current ?? shape.NewSection();
                BindSection(settings, key, shape, section);
                return section;
            case ShapeKind.List:
                var entries = settings.IndexesOf(key).Select(index => Read(settings, $"{key}:{index}", shape.Element!, current: null)).ToArray();
                return shape.NewList(entries);
            default:
                var text = settings.Configuration[key];
                return SettingValue.TryParse(text, shape, out var value)
                    ? value
                    : throw new SettingsException($"{key} is {(text is null ? "null" : $"'{text}'")}, which is not {SettingValue.Describe(shape)}.");
        }
    }
}
