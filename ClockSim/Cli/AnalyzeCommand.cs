using ClockSim.Analysis;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Cli;

/// <summary>The <c>analyze</c> verb: analyse the named run folder, or the newest run under the output directory.</summary>
internal static class AnalyzeCommand
{
    /// <param name="folderArgument">The run folder as the user named it, or null for the newest run.</param>
    /// <param name="configFile">The <c>--config</c> file, which may move the output directory.</param>
    /// <exception cref="Configuration.SettingsException">The settings are not valid, or the folder is not there.</exception>
    public static async Task<int> RunAsync(VerbContext context, string? folderArgument, string? configFile, CancellationToken cancellationToken)
    {
        var settings = context.Settings(configFile);
        var simulation = settings.Simulation();
        var output = settings.Output.Resolve(simulation.OutputDirectory);
        var folder = folderArgument is null
            ? RunFolderLocator.Newest(output)
            : RunFolderLocator.Resolve(folderArgument, context.CurrentDirectory, settings.BaseDirectory, output);
        if (folder is null)
        {
            return UserError.Report($"no finished run under {DisplayPath.Of(output)}; run a simulation first or name a run folder.");
        }

        if (folderArgument is null)
        {
            AnsiConsole.Console.WriteLine(ConsoleText.Line($"Analysing the run that started last: {DisplayPath.Of(folder)}"));
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            var result = await RunAnalyzer.AnalyzeAsync(folder, simulation.PngCharts, AnsiConsole.Console, cancel.Token).ConfigureAwait(false);
            return result.ExitCode;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return UserError.Report("the analysis was cancelled.", ExitCodes.Interrupted);
        }
    }
}
