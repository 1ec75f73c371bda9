using ClockSim.Analysis;
using ClockSim.Machines;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ClockSim.Hosting;

namespace ClockSim.Tests.Support;

/// <summary>A real simulation host (real sockets, real clock) writing into a temporary folder.</summary>
internal sealed class SimulationHarness : IDisposable
{
    private readonly TempDirectory _root = new();

    public SimulationHarness(params string[] args)
        : this(_ => { }, args)
    {
    }

    /// <param name="services">Changes to the host's services before it is built, e.g. the socket engine's options.</param>
    /// <param name="args">Configuration overrides such as <c>--Simulation:DurationSeconds=2</c>.</param>
    public SimulationHarness(Action<IServiceCollection> services, params string[] args)
    {
        var builder = ClockSimHost.CreateBuilder(
            [$"--Simulation:OutputDirectory={Path.Combine(_root.Path, "runs")}", .. args], _root.Path, null, showProgress: false);
        services(builder.Services);
        Host = builder.Build();
    }

    public IHost Host { get; }

    public IReadOnlyList<Machine> Machines => Host.Services.GetRequiredService<IReadOnlyList<Machine>>();

    public RunTimeline Timeline => Host.Services.GetRequiredService<RunTimeline>();

    public string Folder => Host.Services.GetRequiredService<RunFolder>().Path;

    /// <summary>Runs until the configured duration ends, then analyses the run folder.</summary>
    public async Task<RunAnalysis> RunToEndAsync()
    {
        await Host.StartAsync();
        await Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return Analyze();
    }

    /// <summary>The analysis of the run folder as it is now, with the product's verdict.</summary>
    public RunAnalysis Analyze() => RunFolderAnalysis.Analyze(Folder, default);

    /// <summary>Waits until <paramref name="condition"/> holds, checking every few milliseconds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (!condition())
        {
            await Task.Delay(5, cancellation.Token);
        }
    }

    public void Dispose()
    {
        Host.Dispose();
        _root.Dispose();
    }
}
