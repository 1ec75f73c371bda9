using Microsoft.Extensions.Configuration;

namespace ClockSim.Configuration;

/// <summary>
/// Binds checked settings with the configuration binder's generated code (no reflection). The binder is given the
/// merged values of one section's settings, without the ones written as null (<c>null</c>, or empty for a nullable
/// value), which keep the class's default: null for every nullable setting. Run <see cref="SettingsChecker"/> first:
/// it is what makes every value the binder reads convert, with the invariant culture.
/// </summary>
internal static class SettingsBinder
{
    public static SimulationOptions Simulation(LayeredSettings settings) => Section<SimulationOptions>(settings, SimulationOptions.SectionName).Get<SimulationOptions>() ?? new();

    public static ExperimentOptions Experiment(LayeredSettings settings) => Section<ExperimentOptions>(settings, ExperimentOptions.SectionName).Get<ExperimentOptions>() ?? new();

    /// <summary>The <c>Sweep</c> section; its seed list and axes are read by the sweep's reader.</summary>
    public static SweepOptions Sweep(LayeredSettings settings) => Section<SweepOptions>(settings, SweepOptions.SectionName).Get<SweepOptions>() ?? new();

    private static IConfigurationSection Section<TOptions>(LayeredSettings settings, string path) =>
        new ConfigurationBuilder().AddInMemoryCollection(Values(settings.Configuration.GetSection(path), SettingShape.Of(typeof(TOptions)))).Build().GetSection(path);

    private static IEnumerable<KeyValuePair<string, string?>> Values(IConfigurationSection section, SettingShape shape) => shape.Kind switch
    {
        ShapeKind.Section => shape.Properties.SelectMany(p => Values(section.GetSection(p.Name), p.Shape)),
        // An entry with nothing set in it ({} or []) is still an entry: the class's defaults, an empty list.
        ShapeKind.List => section.GetChildren().SelectMany(entry => Values(entry, shape.Element!).DefaultIfEmpty(new(entry.Path, ""))),
        // A value the checker refused is left out too, so the other problems can still be looked for.
        _ => SettingValue.IsNull(section.Value, shape) || !SettingValue.TryParse(section.Value, shape, out _) ? [] : [new(section.Path, section.Value)],
    };
}
