using System.Text.RegularExpressions;
using ClockSim.Model;
using ClockSim.Tests.Cli;
using NetArchTest.Rules;

namespace ClockSim.Tests.Architecture;

/// <summary>
/// The folders of the program form the layers drawn in docs/ARCHITECTURE.md, read from there: a folder may use the
/// folders below it, never one above, so no two folders depend on each other.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const string Root = "ClockSim";

    private static readonly System.Reflection.Assembly Program = typeof(LamportClock).Assembly;

    /// <summary>The layers, bottom first, as the picture draws them.</summary>
    private static readonly IReadOnlyList<string> Layers = ReadLayers();

    [Fact]
    public void TheLayersArePicturedBottomToTop()
    {
        Assert.Equal("Application", Layers[0]);
        Assert.Equal("Cli", Layers[^1]);
        Assert.Equal(Layers.Count, Layers.Distinct().Count());
    }

    [Fact]
    public void EveryFolderOfTheProgramIsPlaced()
    {
        var folders = Program.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1])
            .Distinct()
            .Order()
            .ToArray();

        Assert.Empty(folders.Except(Layers));
    }

    [Fact]
    public void NoFolderUsesOneAboveIt()
    {
        var breaches = new List<string>();
        for (var i = 0; i < Layers.Count - 1; i++)
        {
            string[] above = [.. Layers.Skip(i + 1).Select(Namespace)];
            var result = Types.InAssembly(Program).That().ResideInNamespace(Namespace(Layers[i]))
                .ShouldNot().HaveDependencyOnAny(above).GetResult();
            if (!result.IsSuccessful)
            {
                breaches.AddRange(result.FailingTypes.Select(t => $"{t.FullName} ({Layers[i]}) uses a folder above it: {t.Explanation}"));
            }
        }

        Assert.True(breaches.Count == 0, string.Join('\n', breaches));
    }

    [Fact]
    public void TheTestSeesABreach()
    {
        // The rule itself, tried where it must fail: Hosting wires the engines, so Engines sits below it.
        var result = Types.InAssembly(Program).That().ResideInNamespace(Namespace("Hosting"))
            .ShouldNot().HaveDependencyOnAny(Namespace("Engines")).GetResult();

        Assert.False(result.IsSuccessful);
    }

    private static string Namespace(string folder) => $"{Root}.{folder}";

    private static List<string> ReadLayers()
    {
        var document = File.ReadAllText(Path.Combine(ReadmeCommandsTests.Repository, "docs", "ARCHITECTURE.md"));
        var chart = Chart().Match(document);
        Assert.True(chart.Success, "docs/ARCHITECTURE.md has no ```mermaid flowchart of the layers");
        var topDown = chart.Groups["chain"].Value.Split("-->", StringSplitOptions.TrimEntries);
        return [.. topDown.Reverse()];
    }

    [GeneratedRegex(@"```mermaid\s*\nflowchart TB\s*\n\s*(?<chain>[^\n]+)\n")]
    private static partial Regex Chart();
}
