using System.Text.Json;
using ClockSim.Bench;
using ClockSim.Experiments;
using ClockSim.Tests.Cli;

namespace ClockSim.Tests.Bench;

public sealed class WaysTableTests
{
    [Fact]
    public void Readme_QuotesTheCommittedBenchFigures_InEveryBlock()
    {
        var results = File.ReadAllText(Path.Combine(ReadmeCommandsTests.Repository, "experiments", "bench", "results.json"));
        var report = JsonSerializer.Deserialize(results, BenchJson.Default.BenchReport)!;
        var readme = File.ReadAllText(Path.Combine(ReadmeCommandsTests.Repository, "README.md"));

        var blocks = BenchCommand.ReadmeBlocks(report);
        var filled = GeneratedSections.Fill(readme, blocks, out var missing);

        Assert.Empty(missing);
        Assert.True(filled == readme, "README.md's bench figures differ from experiments/bench/results.json; its blocks should read:\n" + string.Join("\n\n", blocks.Values));
    }
}
