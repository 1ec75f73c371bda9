using ClockSim.Analysis;
using Spectre.Console;

namespace ClockSim.Cli;

/// <summary>The <c>analyze</c> verb: analyse the named run folder, or the newest run under the output directory.</summary>
internal static class AnalyzeCommand
{
    public static async Task<int> RunAsync(string[] args, string? experimentFile)
    {
        var folders = args.Where(a => !a.StartsWith('-')).ToArray();
        var overrides = args.Where(a => a.StartsWith('-')).ToArray();
        if (folders.Length > 1)
        {
            return UserError.Report($"analyze takes one run folder, not {folders.Length}: {string.Join(' ', folders)}");
        }

        var folder = folders.FirstOrDefault();
        if (folder is null)
        {
            var output = RunFolderLocator.OutputDirectory(ContentRoot.Find(Directory.GetCurrentDirectory()), experimentFile, overrides);
            folder = RunFolderLocator.Newest(output);
            if (folder is null)
            {
                return UserError.Report($"no finished run under {output}; run a simulation first or name a run folder.");
            }
        }

        if (Console.IsOutputRedirected)
        {
            // A file has no width; wide enough that the table is never folded.
            AnsiConsole.Profile.Width = 160;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            var result = await RunAnalyzer.AnalyzeAsync(folder, AnsiConsole.Console, cancel.Token).ConfigureAwait(false);
            return result.ExitCode;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return UserError.Report("the analysis was cancelled.", ExitCodes.Failure);
        }
    }
}
