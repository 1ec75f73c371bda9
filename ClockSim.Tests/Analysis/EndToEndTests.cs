using ClockSim.Analysis;
using ClockSim.Recording;
using ClockSim.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ClockSim.Application;
using ClockSim.Hosting;

namespace ClockSim.Tests.Analysis;

public sealed class EndToEndTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "clocksim-e2e-" + Guid.NewGuid().ToString("N"));

    public EndToEndTests() => Directory.CreateDirectory(_root);

    [Fact]
    public async Task AnalyzeAsync_ShortSimulation_IsValidAndDrawsEveryChart()
    {
        string[] args =
        [
            "--Simulation:DurationSeconds=2", "--Simulation:TickRates:0=50", "--Simulation:TickRates:1=40", "--Simulation:TickRates:2=30",
            "--Simulation:Seed=1", $"--Simulation:OutputDirectory={Path.Combine(_root, "runs")}",
        ];
        string folder;
        using (var host = ClockSimHost.CreateBuilder(args, contentRoot: _root, experimentFile: null, showProgress: false).Build())
        {
            await host.StartAsync();
            await host.WaitForShutdownAsync();
            folder = host.Services.GetRequiredService<RunFolder>().Path;
        }

        var result = await RunAnalyzer.AnalyzeAsync(folder, pngCharts: true, new TestConsole().Console, default);

        Assert.True(result.Analysis!.Verdict.IsValid, string.Join("\n", result.Analysis.Verdict.First));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.All(result.Analysis.Machines, m => Assert.True(m.Counts.Ticks > 0));
        foreach (var chart in new[] { "clock.png", "drift.png", "queue.png", "jumps.png", "delay.png" })
        {
            RunAnalyzerTests.AssertIsPng(Path.Combine(folder, chart));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
