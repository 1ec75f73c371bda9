using ClockSim.Analysis;
using ClockSim.Display;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ClockSim.Cli;

/// <summary>The default verb: run one simulation, print its summary, then analyse its folder.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(string[] args, string? experimentFile)
    {
        var contentRoot = ContentRoot.Find(Directory.GetCurrentDirectory());
        var builder = ClockSimHost.CreateBuilder(args, contentRoot, experimentFile, showProgress: true);
        try
        {
            var (folder, manifest) = await SimulateAsync(builder).ConfigureAwait(false);
            ReleaseRunMemory();
            RunSummary.Write(AnsiConsole.Console, manifest, folder);
            AnsiConsole.Console.WriteLine();
            var analysis = await RunAnalyzer.AnalyzeAsync(folder, AnsiConsole.Console, CancellationToken.None).ConfigureAwait(false);
            return analysis.ExitCode;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in ConfigurationErrors.Describe(e))
            {
                UserError.Report(failure);
            }

            return ExitCodes.BadConfiguration;
        }
        catch (InvalidOperationException e) when (ConfigurationErrors.TryDescribe(e, builder.Configuration, out var message))
        {
            return UserError.Report(message);
        }
    }

    /// <summary>Runs the simulation; the host and everything it holds (machines, sockets, buffers) are gone when this returns.</summary>
    private static async Task<(string Folder, RunManifest Manifest)> SimulateAsync(HostApplicationBuilder builder)
    {
        using var host = builder.Build();

        // Resolving the plan validates the options now, before the host starts and logs its own failure.
        var plan = host.Services.GetRequiredService<RunPlan>();
        await host.StartAsync().ConfigureAwait(false);
        await host.WaitForShutdownAsync().ConfigureAwait(false);
        var manifest = host.Services.GetRequiredService<RunRecorder>().Manifest
            ?? throw new InvalidOperationException("The run ended without writing its manifest.");
        return (plan.Folder, manifest);
    }

    /// <summary>
    /// Gives the run's memory back before the analysis draws its charts, so the process peaks at the larger of
    /// the two rather than at their sum (bench: whole default run 75 → 69 MB with the other settings in
    /// experiments/bench/README.md). The collection is one full, compacting pass of a small heap: a few milliseconds.
    /// </summary>
    private static void ReleaseRunMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
    }
}
