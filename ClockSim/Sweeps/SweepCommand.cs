using System.Globalization;
using System.Runtime.InteropServices;
using ClockSim.Analysis.Report;
using ClockSim.Cli;
using ClockSim.Configuration;
using Spectre.Console;

namespace ClockSim.Sweeps;

/// <summary>
/// The <c>sweep</c> verb: reads and checks a sweep file (a path, or a name under <c>experiments/sweeps/</c>), runs every
/// combination × seed on the virtual engine on all cores, and writes the results beside the file. Ctrl+C or SIGTERM
/// stops it: the runs that finished are written and the exit code is 130.
/// </summary>
internal static class SweepCommand
{
    /// <summary>Where named sweeps live, under the folder of appsettings.json.</summary>
    public static readonly string SweepsFolder = Path.Combine("experiments", "sweeps");

    /// <param name="fileOrName">A sweep file relative to the current folder, or a sweep's name under <see cref="SweepsFolder"/>.</param>
    /// <exception cref="SettingsException">There is no such sweep, or its file is not valid.</exception>
    public static async Task<int> RunAsync(string currentDirectory, string fileOrName, bool keepRuns)
    {
        var file = SweepFileReader.Load(Locate(fileOrName, currentDirectory));
        using var cancel = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var console = AnsiConsole.Console;
        SweepOutcome outcome;
        try
        {
            outcome = await SweepSession.RunAsync(file, keepRuns, console, cancel.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e.InnerException is IOException or UnauthorizedAccessException)
        {
            return UserError.Report($"the sweep could not write its results: {(e.InnerException ?? e).Message}", ExitCodes.Failure);
        }

        var summary = outcome.Summary;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Finished} runs in {outcome.RunSeconds:0.0} s ({summary.Finished / Math.Max(outcome.RunSeconds, 1e-9):0} runs/s on {Environment.ProcessorCount} cores)."));
        console.WriteLine(ConsoleText.Line($"Results: {DisplayPath.Of(outcome.Folder, currentDirectory)}{Path.DirectorySeparatorChar} "
            + $"({RunsCsv.FileName}, {SweepMarkdown.FileName}, {SweepSummaryJson.FileName}{(outcome.Charts.Count > 0 ? $", {outcome.Charts.Count} charts" : "")})."));
        if (summary.Interrupted)
        {
            console.WriteLine(ConsoleText.Line($"Interrupted: {summary.Finished} of {summary.Runs} runs finished; their results are in the folder above, "
                + $"and {DisplayPath.Of(file.ResultsFolder, currentDirectory)}{Path.DirectorySeparatorChar} is as it was."));
            return ExitCodes.Interrupted;
        }

        if (summary.ValidRuns is { } valid && valid < summary.Finished)
        {
            console.WriteLine($"The analysis found a rule broken in {summary.Finished - valid} of the kept runs; see runs.csv, column Valid.");
            return ExitCodes.InvalidRun;
        }

        return ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            // The runs that finished are worth keeping: stop starting new ones, write what there is, then exit.
            context.Cancel = true;
            cancel.Cancel();
        }
    }

    /// <exception cref="SettingsException">Neither a file nor a named sweep.</exception>
    public static string Locate(string value, string currentDirectory)
    {
        var path = Path.GetFullPath(value, currentDirectory);
        if (File.Exists(path))
        {
            return path;
        }

        var folder = Path.Combine(ContentRoot.Find(currentDirectory), SweepsFolder);
        var named = Path.Combine(folder, value + ".json");
        if (value.IndexOfAny(['/', Path.DirectorySeparatorChar]) < 0 && File.Exists(named))
        {
            return named;
        }

        var names = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];
        var advice = ClosestMatch.Find(value, names) is { } closest ? $"did you mean {closest}?"
            : names.Length > 0 ? $"the sweeps in {DisplayPath.Of(folder, currentDirectory)} are {string.Join(", ", names)}."
            : $"give a sweep file, or the name of one in {DisplayPath.Of(folder, currentDirectory)}.";
        throw new SettingsException($"there is no sweep file '{value}'; {advice}");
    }
}
