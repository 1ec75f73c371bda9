using System.Text.Json;
using ClockSim.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using ClockSim.Hosting;

namespace ClockSim.Tests.Configuration;

/// <summary>Settings layers made in memory, each standing for a real source with its name and kind.</summary>
internal static class TestLayers
{
    public static readonly IReadOnlyList<RootSection> Roots =
        [.. InvocationSettings.Sections, RootSection.For<SampleOptions>(SampleOptions.SectionName)];

    public static SettingsLayer CommandLine(params string[] args) => SettingsLayer.CommandLine(args);

    public static SettingsLayer Json(string label, string json)
    {
        using var document = JsonDocument.Parse(json);
        return SettingsLayer.Json(label, JsonSettingsFile.Keys(document.RootElement, "", label));
    }

    /// <summary>Environment variables without touching the process's own: <c>("Simulation__Seed", "3")</c>.</summary>
    public static SettingsLayer Environment(params (string Name, string Value)[] variables) =>
        new(SettingsLayer.EnvironmentLabel, SettingsLayerKind.Environment, new MemoryConfigurationProvider(new MemoryConfigurationSource
        {
            InitialData = variables.Select(v => new KeyValuePair<string, string?>(v.Name.Replace("__", ":", StringComparison.Ordinal), v.Value)),
        }));

    public static IReadOnlyList<string> Problems(params SettingsLayer[] layers) => SettingsChecker.Check(new LayeredSettings(layers), Roots);

    public static string Problem(params SettingsLayer[] layers) => Assert.Single(Problems(layers));
}
