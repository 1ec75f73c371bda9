using ClockSim.Analysis;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Analysis;

public sealed class RunAnalyzerTests
{
    private static readonly string[] ChartFiles = ["clock.png", "drift.png", "queue.png", "jumps.png", "delay.png"];

    [Fact]
    public async Task AnalyzeAsync_ValidRun_ExitsZeroAndWritesTheSummaryAndEveryChart()
    {
        using var run = TestRunFolder.ValidRun();
        var console = new TestConsole();

        var result = await RunAnalyzer.AnalyzeAsync(run.Write(), pngCharts: true, console.Console, default);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var summary = await File.ReadAllTextAsync(Path.Combine(run.Path, "summary.md"));
        Assert.Contains("**valid**", summary, StringComparison.Ordinal);
        foreach (var chart in ChartFiles)
        {
            Assert.Contains($"]({chart})", summary, StringComparison.Ordinal);
            AssertIsPng(Path.Combine(run.Path, chart));
        }

        Assert.Contains("M1 (5 ticks/s)", console.Output, StringComparison.Ordinal);
        Assert.Contains("Verdict: valid", console.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(run.Path, "summary.md"), console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_BrokenRun_ExitsOneAndNamesTheFileAndLine()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        run.ReplaceField(1, 2, "Jump", "2");
        var console = new TestConsole();

        var result = await RunAnalyzer.AnalyzeAsync(run.Path, pngCharts: false, console.Console, default);

        Assert.Equal(ExitCodes.InvalidRun, result.ExitCode);
        Assert.Contains("Verdict: invalid: 1 violation of JumpConsistent (1); the other 13 rules hold.", console.Output, StringComparison.Ordinal);
        Assert.Contains("machine-1.csv line 2", console.Output, StringComparison.Ordinal);
        var summary = await File.ReadAllTextAsync(Path.Combine(run.Path, "summary.md"));
        Assert.Contains("**invalid**", summary, StringComparison.Ordinal);
        Assert.Contains("`machine-1.csv line 2`", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_FolderThatDoesNotExist_ExitsTwoWithoutWritingAnything()
    {
        var console = new TestConsole();

        var result = await RunAnalyzer.AnalyzeAsync(Path.Combine(Path.GetTempPath(), "no-such-run-" + Guid.NewGuid()), pngCharts: false, console.Console, default);

        Assert.Equal(ExitCodes.BadConfiguration, result.ExitCode);
        Assert.Null(result.SummaryPath);
        Assert.Empty(console.Output);
    }

    [Fact]
    public async Task AnalyzeAsync_RunStoppedBeforeAnyTick_StillWritesTheSummary()
    {
        using var run = new TestRunFolder(5, 6, 1);

        var result = await RunAnalyzer.AnalyzeAsync(run.Write(), pngCharts: false, new TestConsole().Console, default);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var summary = await File.ReadAllTextAsync(Path.Combine(run.Path, "summary.md"));
        Assert.Contains("No machine ticked", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_OneMachineNeverTicked_ShowsDashesForItsFigures()
    {
        using var run = new TestRunFolder(5, 6);
        run.Internal(1, 200, clock: 1);
        run.Internal(1, 400, clock: 2);

        var result = await RunAnalyzer.AnalyzeAsync(run.Write(), pngCharts: false, new TestConsole().Console, default);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var summary = await File.ReadAllTextAsync(Path.Combine(run.Path, "summary.md"));
        Assert.Contains("| M2 (6 ticks/s) | 6 | 0 | 0 | 0 | 0 | 0 | 0 | — |", summary, StringComparison.Ordinal);
    }

    internal static void AssertIsPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} has only {bytes.Length} bytes.");
        Assert.Equal<byte>([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }
}
