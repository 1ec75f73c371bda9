using System.Diagnostics;
using System.Globalization;
using ClockSim.Cli;
using Spectre.Console;

namespace ClockSim.Experiments;

/// <summary>
/// Runs every seed of the chosen experiments as separate simulations, several at once: a default run uses
/// about 1 % of a core, so parallel runs leave each other's timing alone while the suite takes minutes, not half
/// an hour. Each run is the program itself (<c>run --config ...</c>), which also analyses its folder.
/// </summary>
internal sealed class ExperimentRunner(IAnsiConsole console, string experimentsFolder, int parallelRuns)
{
    public async Task<bool> RunAsync(IReadOnlyList<Experiment> experiments)
    {
        foreach (var experiment in experiments)
        {
            var results = experiment.ResultsFolder(experimentsFolder);
            if (Directory.Exists(results))
            {
                Directory.Delete(results, recursive: true);
            }

            Directory.CreateDirectory(results);
        }

        using var slots = new SemaphoreSlim(parallelRuns);
        var runs = experiments.SelectMany(e => e.Options.Seeds.Select(seed => RunOneAsync(e, seed, slots)));
        var outcomes = await Task.WhenAll(runs).ConfigureAwait(false);
        return outcomes.All(ok => ok);
    }

    private async Task<bool> RunOneAsync(Experiment experiment, int seed, SemaphoreSlim slots)
    {
        await slots.WaitAsync().ConfigureAwait(false);
        try
        {
            var start = SelfProcess.StartInfo(
            [
                "run", "--config", experiment.FilePath,
                string.Create(CultureInfo.InvariantCulture, $"--Simulation:Seed={seed}"),
                $"--Simulation:OutputDirectory={experiment.ResultsFolder(experimentsFolder)}",
            ]);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            if (process.ExitCode == ExitCodes.Success)
            {
                console.MarkupLineInterpolated($"[green]done[/]  {experiment.Name}, seed {seed}");
                return true;
            }

            // A run whose analysis found a rule broken wrote every file all the same: the tables mark it invalid.
            var ran = process.ExitCode == ExitCodes.InvalidRun;
            if (ran)
            {
                console.MarkupLineInterpolated($"[yellow]invalid[/] {experiment.Name}, seed {seed}: the analysis found a rule broken:");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]failed[/] {experiment.Name}, seed {seed} (exit code {process.ExitCode}):");
            }

            console.WriteLine(string.Join('\n', (await output.ConfigureAwait(false) + await error.ConfigureAwait(false)).Split('\n').TakeLast(15)));
            return ran;
        }
        finally
        {
            slots.Release();
        }
    }
}
