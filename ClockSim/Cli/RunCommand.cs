using System.Runtime.InteropServices;
using ClockSim.Analysis;
using ClockSim.Configuration;
using ClockSim.Display;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;
using ClockSim.Application;
using ClockSim.Hosting;

namespace ClockSim.Cli;

/// <summary>The default verb: run one simulation, print its summary, then analyse its folder.</summary>
internal static class RunCommand
{
    /// <param name="dryRun">Whether to print the resolved settings and stop before anything runs.</param>
    /// <returns>
    /// The analysis's exit code; <see cref="ExitCodes.Interrupted"/> after Ctrl+C, once every file is written; <see cref="ExitCodes.Failure"/>
    /// when an internal fault stopped the run early, once what it recorded is written and analysed.
    /// </returns>
    /// <exception cref="SettingsException">A setting is unknown or out of its range.</exception>
    public static async Task<int> RunAsync(InvocationSettings settings, bool dryRun)
    {
        if (await SimulateAsync(settings, dryRun).ConfigureAwait(false) is not { } run)
        {
            return ExitCodes.Success;
        }

        // This continuation runs inside the host's completion, on a stack whose frames still hold the host, and with it every
        // machine, log and buffer of the run. The rest of the command goes on from the thread pool while that stack unwinds,
        // and the run's memory is given back once the summary is drawn.
        await Task.Yield();

        var folder = DisplayPath.Of(run.Folder);
        using var cancel = new CancellationTokenSource();
        var presses = 0;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            if (Interlocked.Increment(ref presses) == 1)
            {
                // The run is written; only its analysis is under way, and it can be done again at any time.
                context.Cancel = true;
                cancel.Cancel();
            }
            else
            {
                Console.Error.WriteLine(ConsoleText.Line(
                    $"Stopped at once: {folder} holds the whole run (its CSVs, run.json and undelivered.csv); its summary.md, charts and report may be missing. {AnalyzeAdvice(folder)}"));
            }
        });

        var console = AnsiConsole.Console;
        RunSummary.Write(console, run.Manifest, folder);
        console.WriteLine();
        PhaseMemory.Release();
        int exitCode;
        try
        {
            var analysis = await RunAnalyzer.AnalyzeAsync(run.Folder, run.Manifest.Options.PngCharts, console, cancel.Token).ConfigureAwait(false);
            exitCode = run.Interrupted && analysis.ExitCode == ExitCodes.Success ? ExitCodes.Interrupted : analysis.ExitCode;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            exitCode = UserError.Report($"the analysis was skipped (Ctrl+C); the run folder {folder} is complete. {AnalyzeAdvice(folder)}", ExitCodes.Interrupted);
        }

        // A fault ended the run early, yet what it recorded is whole and analysed: the fault is said last, where it is seen.
        return run.Fault is null ? exitCode : InternalFault.Report(run.Fault, run.Folder);
    }

    private static string AnalyzeAdvice(string folder) => $"Analyse it with: dotnet run --project ClockSim -- analyze {folder}";

    /// <summary>
    /// Runs the simulation, or only prints its settings on a dry run (then returns null). The host and everything it
    /// holds (machines, sockets, buffers) are gone when this returns; so is the run, even one a fault stopped early
    /// (<c>Fault</c>): the recorder, which stops last, has written its files.
    /// </summary>
    private static async Task<(string Folder, RunManifest Manifest, bool Interrupted, Exception? Fault)?> SimulateAsync(InvocationSettings settings, bool dryRun)
    {
        using var host = ClockSimHost.CreateBuilder(settings, showProgress: !dryRun).Build();
        var options = host.Services.GetRequiredService<IOptions<SimulationOptions>>().Value;

        if (dryRun)
        {
            DryRun.Write(Console.Out, settings, options);
            return null;
        }

        if (settings.SettingsFile is null)
        {
            AnsiConsole.Console.WriteLine($"No {ContentRoot.SettingsFile} in this folder or above: the default settings; run folders go under "
                + $"{settings.Output.Resolve(options.OutputDirectory)}.");
        }

        var folder = host.Services.GetRequiredService<RunFolder>();
        var fault = await HostFaults.RunToEndAsync(host).ConfigureAwait(false);
        var manifest = host.Services.GetRequiredService<RunRecorder>().Manifest
            ?? throw new InvalidOperationException("The run ended without writing its manifest.");
        return (folder.Path, manifest, host.Services.GetRequiredService<RunTimeline>().EndReason == EndReason.Interrupted, fault);
    }
}
