using System.Globalization;
using System.Runtime.InteropServices;
using ClockSim.Configuration;
using ClockSim.Sweeps.Shards;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Sweeps;

/// <summary>
/// The <c>sweep</c> verb: reads and checks a sweep file (a path, or a name under <c>experiments/sweeps/</c>), runs every
/// combination × seed on the virtual engine on all cores, and writes the results beside the file. Ctrl+C or SIGTERM
/// stops it: the runs that finished are written and the exit code is 130. With <c>--shard K/N</c> it runs one slice of
/// the runs into a shard folder instead (<see cref="ShardSession"/>), and <c>sweep merge</c> puts the shards together
/// into the results the whole sweep would have written (<see cref="SweepMerge"/>).
/// </summary>
internal static class SweepCommand
{
    /// <summary>Where named sweeps live, under the folder of appsettings.json.</summary>
    public static readonly string SweepsFolder = Path.Combine("experiments", "sweeps");

    /// <param name="fileOrName">A sweep file relative to the current folder, or a sweep's name under <see cref="SweepsFolder"/>.</param>
    /// <param name="shard">What follows <c>--shard</c> (<see cref="ShardArgument"/>), or null to run the whole sweep.</param>
    /// <param name="shardDir">Where shard folders go (<c>--shard-dir</c>), or null for beside the results (<see cref="ShardFolders"/>).</param>
    /// <exception cref="SettingsException">There is no such sweep, its file is not valid, or the shard is not one of it.</exception>
    public static async Task<int> RunAsync(string currentDirectory, string fileOrName, bool keepRuns, string? shard, string? shardDir)
    {
        var slice = shard is null ? null : ShardArgument.Parse(shard, Environment.GetEnvironmentVariable);
        if (slice is not null && keepRuns)
        {
            throw new SettingsException("--keep-runs does not go with --shard: a merged sweep has no run folders; run the whole sweep to keep them.");
        }

        if (slice is null && shardDir is not null)
        {
            throw new SettingsException($"--shard-dir says where shards go, and this sweep is not one: give --shard K/N too, or run sweep merge {fileOrName} --shard-dir {shardDir}.");
        }

        var file = SweepFileReader.Load(Locate(fileOrName, currentDirectory));
        if (slice is not null)
        {
            ShardArgument.Check(slice, file, DisplayPath.Of(file.FilePath, currentDirectory));
        }

        using var cancel = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var console = AnsiConsole.Console;
        try
        {
            return slice is null
                ? Report(await SweepSession.RunAsync(file, keepRuns, console, cancel.Token).ConfigureAwait(false), file, console, currentDirectory)
                : Report(await ShardSession.RunAsync(file, slice, ShardFolders.Root(file, shardDir, currentDirectory), console, cancel.Token).ConfigureAwait(false),
                    fileOrName, shardDir, console, currentDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e.InnerException is IOException or UnauthorizedAccessException)
        {
            return UserError.Report($"the sweep could not write its results: {(e.InnerException ?? e).Message}", ExitCodes.Failure);
        }

        void Stop(PosixSignalContext context)
        {
            // The runs that finished are worth keeping: stop starting new ones, write what there is, then exit.
            context.Cancel = true;
            cancel.Cancel();
        }
    }

    /// <summary><c>sweep merge</c>: the shards of a sweep, checked and merged into its results.</summary>
    /// <exception cref="SettingsException">There is no such sweep, or its shards are not the whole of it.</exception>
    public static int Merge(string currentDirectory, string fileOrName, string? shardDir)
    {
        var file = SweepFileReader.Load(Locate(fileOrName, currentDirectory));
        SweepSummary summary;
        IReadOnlyList<Analysis.Charts.ChartFile> charts;
        int shards;
        try
        {
            (summary, charts, shards) = SweepMerge.Run(file, ShardFolders.Root(file, shardDir, currentDirectory), currentDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UserError.Report($"the merge could not write its results: {e.Message}", ExitCodes.Failure);
        }

        var console = AnsiConsole.Console;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Finished} runs merged from {shards} shards."));
        console.WriteLine(ConsoleText.Line($"Results: {DisplayPath.Of(file.ResultsFolder, currentDirectory)}{Path.DirectorySeparatorChar} "
            + $"({RunsCsv.FileName}, {SweepMarkdown.FileName}, {SweepSummaryJson.FileName}{(charts.Count > 0 ? $", {charts.Count} charts" : "")})."));
        return ExitCodes.Success;
    }

    private static int Report(SweepOutcome outcome, SweepFile file, IAnsiConsole console, string currentDirectory)
    {
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
    }

    private static int Report(ShardOutcome outcome, string fileOrName, string? shardDir, IAnsiConsole console, string currentDirectory)
    {
        var (slice, manifest) = (outcome.Slice, outcome.Manifest);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Shard {slice.K} of {slice.N}: {manifest.Finished} of {manifest.RunNumbers.Count} runs in {outcome.RunSeconds:0.0} s."));
        console.WriteLine(ConsoleText.Line($"Shard: {DisplayPath.Of(outcome.Folder, currentDirectory)}{Path.DirectorySeparatorChar} ({RunsCsv.FileName}, {ShardManifestJson.FileName})."));
        if (manifest.Interrupted)
        {
            console.WriteLine(ConsoleText.Line($"Interrupted: a merge will refuse this shard; run it again: sweep {fileOrName} --shard {slice.K}/{slice.N}."));
            return ExitCodes.Interrupted;
        }

        console.WriteLine(ConsoleText.Line($"When every shard of {slice.N} is done: sweep merge {fileOrName}{(shardDir is null ? "" : $" --shard-dir {shardDir}")}"));
        return ExitCodes.Success;
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
