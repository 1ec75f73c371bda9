using System.Diagnostics;
using Spectre.Console;

namespace ClockSim.Sweeps;

/// <summary>
/// Runs a sweep with a progress bar and writes its results into <c>results/&lt;name&gt;/</c> beside its file, in place
/// of any older ones: <c>runs.csv</c>, <c>summary.json</c>, the charts and <c>summary.md</c>; with kept runs, their
/// folders under <c>runs/</c>. After cancellation the runs that finished are written all the same.
/// </summary>
internal static class SweepSession
{
    public static async Task<SweepOutcome> RunAsync(SweepFile file, bool keepRuns, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var folder = file.ResultsFolder;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var executor = new SweepExecutor(file, keepRuns);
        var clock = Stopwatch.StartNew();
        var results = await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"{file.Name}: {file.RunCount} runs", maxValue: file.RunCount);
                return await Task.Run(() => executor.Run(() => task.Increment(1), cancellationToken), CancellationToken.None).ConfigureAwait(false);
            }).ConfigureAwait(false);
        var seconds = clock.Elapsed.TotalSeconds;

        var summary = SweepSummaryBuilder.Build(file, results, keepRuns);
        RunsCsv.Write(folder, file, results, keepRuns);
        SweepSummaryJson.Write(folder, summary);
        var charts = SweepCharts.Write(folder, summary);
        Recording.AtomicFile.WriteAllText(Path.Combine(folder, SweepMarkdown.FileName), SweepMarkdown.Document(summary, charts));
        return new SweepOutcome(summary, folder, charts, seconds);
    }
}
