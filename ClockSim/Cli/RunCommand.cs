using ClockSim.Analysis;
using ClockSim.Configuration;
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
    /// <param name="dryRun">Whether to print the resolved settings and stop before anything runs.</param>
    /// <returns>The analysis's exit code; <see cref="ExitCodes.Interrupted"/> after Ctrl+C, once every file is written.</returns>
    /// <exception cref="SettingsException">A setting is unknown or out of its range.</exception>
    public static async Task<int> RunAsync(InvocationSettings settings, bool dryRun)
    {
        using var host = ClockSimHost.CreateBuilder(settings, showProgress: !dryRun).Build();
        SimulationOptions options;
        try
        {
            // Resolving the options validates them now, before the host starts and logs its own failure.
            options = host.Services.GetRequiredService<IOptions<SimulationOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new SettingsException([.. e.Failures]);
        }

        var console = AnsiConsole.Console;
        if (dryRun)
        {
            DryRun.Write(Console.Out, settings, options);
            return ExitCodes.Success;
        }

        if (settings.SettingsFile is null)
        {
            console.WriteLine($"No {ContentRoot.SettingsFile} in this folder or above: the default settings; run folders go under "
                + $"{settings.Output.Resolve(options.OutputDirectory)}.");
        }

        var plan = host.Services.GetRequiredService<RunPlan>();
        await host.StartAsync().ConfigureAwait(false);
        await host.WaitForShutdownAsync().ConfigureAwait(false);
        var manifest = host.Services.GetRequiredService<RunRecorder>().Manifest
            ?? throw new InvalidOperationException("The run ended without writing its manifest.");
        RunSummary.Write(console, manifest, DisplayPath.Of(plan.Folder));
        console.WriteLine();
        var analysis = await RunAnalyzer.AnalyzeAsync(plan.Folder, console, CancellationToken.None).ConfigureAwait(false);
        var interrupted = host.Services.GetRequiredService<RunTimeline>().EndReason == EndReason.Interrupted;
        return interrupted && analysis.ExitCode == ExitCodes.Success ? ExitCodes.Interrupted : analysis.ExitCode;
    }
}
