using System.Text.Json;
using ClockSim.Bench;
using ClockSim.Experiments;
using ClockSim.Tests.Cli;

namespace ClockSim.Tests.Bench;

public sealed class WaysTableTests
{
    [Fact]
    public void Readme_QuotesTheCommittedBenchFigures()
    {
        var results = File.ReadAllText(Path.Combine(ReadmeCommandsTests.Repository, "experiments", "bench", "results.json"));
        var report = JsonSerializer.Deserialize(results, BenchJson.Default.BenchReport)!;
        var readme = File.ReadAllText(Path.Combine(ReadmeCommandsTests.Repository, "README.md"));

        var filled = GeneratedSections.Fill(readme, new Dictionary<string, string> { [WaysTable.BlockName] = WaysTable.Render(report) }, out var missing);

        Assert.Empty(missing);
        Assert.True(filled == readme, "README.md's costs differ from experiments/bench/results.json; its block should read:\n" + WaysTable.Render(report));
    }
}
