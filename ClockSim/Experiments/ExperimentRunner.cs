using System.Diagnostics;
using System.Globalization;
using ClockSim.Recording;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Experiments;

/// <summary>
/// Runs every seed of the chosen experiments as separate simulations, several at once: a default run uses a small
/// share of a core (the bench measures it), so parallel runs leave each other's timing alone while the suite takes
/// minutes, not half an hour. Each run is the program itself (<c>run --config ...</c>), which also analyses its folder. The runs go into a
/// folder of their own beside each experiment's committed results (<see cref="StagedFolder"/>), which the caller swaps in
/// once everything that depends on them (the virtual twins) is done too. Cancelled, it passes the interruption on to every
/// run under way, as Ctrl+C in their own terminals would, waits for each to write its folder, and starts no more.
/// </summary>
internal sealed class ExperimentRunner(IAnsiConsole console, string experimentsFolder, int parallelRuns)
{
    /// <returns>Whether every run ran, and each experiment's staged runs, not yet in place of the committed ones.</returns>
    public async Task<ExperimentRunsOutcome> RunAsync(IReadOnlyList<Experiment> experiments, CancellationToken cancellationToken)
    {
        var staged = experiments.ToDictionary(e => e.Name, e => StagedFolder.Begin(e.ResultsFolder(experimentsFolder)));
        using var slots = new SemaphoreSlim(parallelRuns);
        var runs = experiments.SelectMany(e => e.Options.Seeds.Select(seed => RunOneAsync(e, seed, staged[e.Name].Path, slots, cancellationToken)));
        var outcomes = await Task.WhenAll(runs).ConfigureAwait(false);
        return new ExperimentRunsOutcome(outcomes.All(ok => ok), staged);
    }

    private async Task<bool> RunOneAsync(Experiment experiment, int seed, string outputFolder, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            var start = SelfProcess.StartInfo(
            [
                "run", "--config", experiment.FilePath,
                string.Create(CultureInfo.InvariantCulture, $"--Simulation:Seed={seed}"),
                $"--Simulation:OutputDirectory={outputFolder}",
            ]);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var process = Process.Start(start)!;
            using var interrupt = cancellationToken.Register(() => SelfProcess.Interrupt(process));
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            if (process.ExitCode == ExitCodes.Success)
            {
                console.MarkupLineInterpolated($"[green]done[/]  {ConsoleText.Line(experiment.Name)}, seed {seed}");
                return true;
            }

            if (process.ExitCode == ExitCodes.Interrupted)
            {
                console.MarkupLineInterpolated($"[yellow]interrupted[/] {ConsoleText.Line(experiment.Name)}, seed {seed}");
                return false;
            }

            // A run whose analysis found a rule broken wrote every file all the same: the tables mark it invalid.
            var ran = process.ExitCode == ExitCodes.InvalidRun;
            if (ran)
            {
                console.MarkupLineInterpolated($"[yellow]invalid[/] {ConsoleText.Line(experiment.Name)}, seed {seed}: the analysis found a rule broken:");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]failed[/] {ConsoleText.Line(experiment.Name)}, seed {seed} (exit code {process.ExitCode}):");
            }

            console.WriteLine(ConsoleText.Safe(string.Join('\n', (await output.ConfigureAwait(false) + await error.ConfigureAwait(false)).Split('\n').TakeLast(15))));
            return ran;
        }
        finally
        {
            slots.Release();
        }
    }
}
