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
            using var host = builder.Build();

            // Resolving the plan validates the options now, before the host starts and logs its own failure.
            var plan = host.Services.GetRequiredService<RunPlan>();
            await host.StartAsync().ConfigureAwait(false);
            await host.WaitForShutdownAsync().ConfigureAwait(false);
            var manifest = host.Services.GetRequiredService<RunRecorder>().Manifest
                ?? throw new InvalidOperationException("The run ended without writing its manifest.");
            RunSummary.Write(AnsiConsole.Console, manifest, plan.Folder);
            AnsiConsole.Console.WriteLine();
            var analysis = await RunAnalyzer.AnalyzeAsync(plan.Folder, AnsiConsole.Console, CancellationToken.None).ConfigureAwait(false);
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
}
