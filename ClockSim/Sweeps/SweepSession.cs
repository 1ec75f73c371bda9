using System.Diagnostics;
using ClockSim.Analysis.Charts;
using ClockSim.Recording;
using ClockSim.Sweeps.Shards;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Sweeps;

/// <summary>
/// Runs a sweep with a progress bar and writes its results into <c>results/&lt;name&gt;/</c> beside its file, in place
/// of any older ones: <c>runs.csv</c>, <c>summary.json</c>, the charts and <c>summary.md</c>; with kept runs, their
/// folders under <c>runs/</c>. They are written into a folder of their own and swapped in only once complete
/// (<see cref="StagedFolder"/>). After cancellation the runs that finished are written all the same, but beside the
/// older results, in <c>results/&lt;name&gt;.interrupted/</c>, which stay as they were.
/// </summary>
internal static class SweepSession
{
    public static async Task<SweepOutcome> RunAsync(SweepFile file, bool keepRuns, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var staged = StagedFolder.Begin(file.ResultsFolder);
        var folder = staged.Path;
        var (results, seconds) = await ExecuteAsync(file, SweepSlice.Whole, keepRuns ? folder : null, console, cancellationToken).ConfigureAwait(false);
        var (summary, charts) = Write(folder, file, results, keepRuns);
        if (summary.Interrupted)
        {
            return new SweepOutcome(summary, staged.KeepInterrupted(), charts, seconds);
        }

        staged.Commit();
        return new SweepOutcome(summary, staged.Target, charts, seconds);
    }

    /// <summary>Runs the slice's runs on all cores, with a progress bar.</summary>
    /// <param name="keptRunsRoot">Where kept run folders go, or null to keep none.</param>
    /// <returns>The finished runs in the sweep's order, and the wall seconds they took.</returns>
    public static async Task<(IReadOnlyList<SweepRunResult> Results, double Seconds)> ExecuteAsync(
        SweepFile file, SweepSlice slice, string? keptRunsRoot, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var executor = new SweepExecutor(file, keptRunsRoot);
        var runs = slice.Count(file.RunCount);
        var label = slice == SweepSlice.Whole ? $"{file.Name}: {runs} runs" : $"{file.Name}, shard {slice.K} of {slice.N}: {runs} runs";
        var clock = Stopwatch.StartNew();
        var results = await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(ConsoleText.Line(label)), maxValue: runs);
                return await Task.Run(() => executor.Run(slice, () => task.Increment(1), cancellationToken), CancellationToken.None).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return (results, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Writes a sweep's results into <paramref name="folder"/>: <c>runs.csv</c>, <c>summary.json</c>, the charts and
    /// <c>summary.md</c>, the same files whether the runs were run here or merged from shards.
    /// </summary>
    public static (SweepSummary Summary, IReadOnlyList<ChartFile> Charts) Write(string folder, SweepFile file, IReadOnlyList<SweepRunResult> results, bool keepRuns)
    {
        var summary = SweepSummaryBuilder.Build(file, results, keepRuns);
        RunsCsv.Write(folder, file, results, keepRuns);
        SweepSummaryJson.Write(folder, summary);
        var charts = SweepCharts.Write(folder, summary);
        AtomicFile.WriteAllText(Path.Combine(folder, SweepMarkdown.FileName), SweepMarkdown.Document(summary, charts));
        return (summary, charts);
    }
}
