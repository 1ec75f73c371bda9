using System.Diagnostics;
using ClockSim.Analysis.Report;
using ClockSim.Recording;
using Spectre.Console;

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
        var executor = new SweepExecutor(file, keepRuns ? folder : null);
        var clock = Stopwatch.StartNew();
        var results = await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(ConsoleText.Line($"{file.Name}: {file.RunCount} runs")), maxValue: file.RunCount);
                return await Task.Run(() => executor.Run(() => task.Increment(1), cancellationToken), CancellationToken.None).ConfigureAwait(false);
            }).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;

        var summary = SweepSummaryBuilder.Build(file, results, keepRuns);
        RunsCsv.Write(folder, file, results, keepRuns);
        SweepSummaryJson.Write(folder, summary);
        var charts = SweepCharts.Write(folder, summary);
        AtomicFile.WriteAllText(Path.Combine(folder, SweepMarkdown.FileName), SweepMarkdown.Document(summary, charts));
        if (summary.Interrupted)
        {
            return new SweepOutcome(summary, staged.KeepInterrupted(), charts, seconds);
        }

        staged.Commit();
        return new SweepOutcome(summary, staged.Target, charts, seconds);
    }
}
