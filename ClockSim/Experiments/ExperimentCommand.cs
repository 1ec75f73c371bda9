using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ClockSim.Analysis.Report;
using ClockSim.Configuration;
using ClockSim.Sweeps;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Experiments;

/// <summary>
/// The <c>experiments</c> verb: reruns the suite (or the named experiments and sweeps): every experiment's socket runs
/// into <c>experiments/results/</c>, then on the virtual engine each experiment's twin and every committed sweep of
/// <c>experiments/sweeps/</c>; then regenerates every table (see <see cref="SuiteReport"/>). <c>--virtual-only</c>
/// keeps the committed runs and starts at the twins; <c>--report-only</c> regenerates the tables from the results already there.
/// Ctrl+C or SIGTERM stops it at any moment with the committed results and tables as they were: what was under way is
/// kept beside them in <c>*.interrupted</c> folders (see <see cref="ExperimentRunner"/> and <see cref="SweepSession"/>).
/// </summary>
internal static class ExperimentCommand
{
    public const string NotebookFile = "NOTEBOOK.md";

    /// <summary>How many runs go at once unless <c>--parallel</c> says otherwise: a run uses a small share of a core.</summary>
    public const int DefaultParallelRuns = 6;

    /// <param name="currentDirectory">The folder the user is in; the suite is the one of the repository at or above it.</param>
    /// <param name="names">The experiments and sweeps to rerun; none means all.</param>
    /// <param name="parallel">How many socket runs at once, 1 or more.</param>
    /// <param name="from">Where the suite starts: every run, the virtual runs only, or the tables only.</param>
    /// <exception cref="SettingsException">An experiment or sweep file is not valid.</exception>
    public static async Task<int> RunAsync(string currentDirectory, IReadOnlyList<string> names, int parallel, SuiteStep from)
    {
        var folder = Path.Combine(ContentRoot.Find(currentDirectory), "experiments");
        IReadOnlyList<Experiment> experiments = Directory.Exists(folder) ? Experiment.LoadAll(folder) : [];
        var sweepsFolder = Path.Combine(folder, "sweeps");
        IReadOnlyList<SweepFile> sweeps = Directory.Exists(sweepsFolder) ? SweepFileReader.LoadAll(sweepsFolder) : [];
        string[] known = [.. experiments.Select(e => e.Name), .. sweeps.Select(s => s.Name)];
        if (names.FirstOrDefault(n => !known.Contains(n)) is { } unknown)
        {
            var advice = ClosestMatch.Find(unknown, known) is { } closest
                ? $"did you mean {closest}?"
                : $"the experiments and sweeps are: {string.Join(", ", known)}.";
            return UserError.Report($"no experiment or sweep is called '{unknown}'; {advice}");
        }

        var console = AnsiConsole.Console;
        var clock = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var allRan = true;
        var chosen = names.Count == 0 ? experiments : [.. experiments.Where(e => names.Contains(e.Name))];
        ExperimentRunsOutcome? runs = null;
        if (from == SuiteStep.All)
        {
            console.WriteLine($"Running {AnalysisFormat.Count(chosen.Sum(e => e.Options.Seeds.Length), "run")} of "
                + $"{AnalysisFormat.Count(chosen.Count, "experiment")}, {parallel} at a time…");

            // A run that fails does not stop the suite: the others, the twins, the sweeps and the tables still come.
            runs = await new ExperimentRunner(console, folder, parallel).RunAsync(chosen, cancel.Token).ConfigureAwait(false);
            if (cancel.IsCancellationRequested)
            {
                return Interrupted(console, runs.KeepInterrupted(), currentDirectory);
            }

            allRan = runs.AllRan;
        }

        if (from != SuiteStep.Report)
        {
            // The sweeps come after the socket runs, whose timing they would disturb: each takes every core. The new runs
            // take the committed ones' place only with their twins, so an interruption before then leaves both as they were.
            foreach (var twin in chosen.Select(e => VirtualTwin.Write(e, runs?.Staged[e.Name].Path ?? e.ResultsFolder(folder), folder)).OfType<SweepFile>())
            {
                var outcome = await SweepSession.RunAsync(twin, keepRuns: false, console, cancel.Token).ConfigureAwait(false);
                if (outcome.Summary.Interrupted)
                {
                    return Interrupted(console, [.. runs?.KeepInterrupted() ?? [], outcome.Folder], currentDirectory);
                }
            }

            runs?.Commit();
            foreach (var sweep in names.Count == 0 ? sweeps : sweeps.Where(s => names.Contains(s.Name)))
            {
                var outcome = await SweepSession.RunAsync(sweep, keepRuns: false, console, cancel.Token).ConfigureAwait(false);
                if (outcome.Summary.Interrupted)
                {
                    return Interrupted(console, [outcome.Folder], currentDirectory, earlierInPlace: true);
                }
            }
        }

        var valid = SuiteReport.Write(folder, experiments, sweeps, console);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {clock.Elapsed.TotalMinutes:0.0} min."));
        return !allRan ? ExitCodes.Failure : valid ? ExitCodes.Success : ExitCodes.InvalidRun;

        void Stop(PosixSignalContext context)
        {
            // Every run under way is told to stop and writes its folder; then the suite keeps what they wrote aside.
            context.Cancel = true;
            cancel.Cancel();
        }
    }

    /// <summary>Says where the interrupted results are, and what of the committed results and tables changed.</summary>
    /// <param name="earlierInPlace">Whether the runs, their twins and the sweeps finished before the interruption are already in place.</param>
    private static int Interrupted(IAnsiConsole console, IReadOnlyList<string> kept, string currentDirectory, bool earlierInPlace = false)
    {
        var where = kept.Count == 0 ? "no run had started" : "what the interrupted runs wrote is in " + string.Join(", ", kept.Select(k => DisplayPath.Of(k, currentDirectory)));
        var rest = earlierInPlace
            ? "the runs, their twins and the sweeps that finished are in place; the tables are as they were (experiments --report-only rewrites them)."
            : "the committed results and the tables are as they were.";
        console.WriteLine(ConsoleText.Line($"Interrupted: {where}; {rest}"));
        return ExitCodes.Interrupted;
    }
}
