using ClockSim.Analysis;
using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Theory;
using ClockSim.Configuration;
using ClockSim.Engines.Virtual;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Run;

namespace ClockSim.Sweeps;

/// <summary>
/// One run of a sweep on the virtual engine, on the calling thread, with no host: the machines' events go straight
/// into the figures (and, for a kept run, into its CSVs, recorded as any run's are). A run depends on its options and
/// seed alone, so it gives the same figures on any thread, at any time.
/// </summary>
internal static class SweepRun
{
    /// <param name="keepUnder">The folder to write the run's folder into (CSVs, run.json, undelivered.csv), or null to keep only the figures.</param>
    /// <param name="compareClocks">
    /// Whether to compare the four clocks of the run (its <c>runs.csv</c> clock columns): a sweep that sets a clock setting does;
    /// one that does not leaves them empty, as every clock of such a run is the one true clock, and saves the comparison's time.
    /// </param>
    /// <returns>The run's figures, or null when cancellation stopped it before its end (a kept folder is then removed).</returns>
    public static SweepRunResult? Run(SweepCombination combination, int seed, string? keepUnder, bool compareClocks, CancellationToken cancellationToken)
    {
        var options = WithSeed(combination.Options, seed, keepUnder);
        var plan = RunPlan.Create(options);
        var folder = keepUnder is null ? null : RunFolder.Create(plan, new OutputLocation(keepUnder), TimeProvider.System, sockets: 0);
        var planned = plan.PlannedTicks();
        var figures = new RunFigures(plan.TickRates, new CausalityCounter(planned, seed), compareClocks ? new ClockComparison(planned, seed) : null);
        IReadOnlyList<IEventLog>? logs = null;
        var simulation = new VirtualSimulation(plan, TimeProvider.System, timeline =>
        {
            if (folder is null)
            {
                return figures.Sinks;
            }

            logs = folder.LogsOf(plan, timeline);
            return [.. logs.Select((log, i) => new TeeSink(log, figures.Sinks[i]))];
        });
        var recorder = logs is null || folder is null
            ? null
            : new RunRecorder(simulation.Engine.Machines, logs, simulation.Engine, simulation.Network, plan, folder, simulation.Timeline);

        // The recorder's start and stop do their work before they return: nothing here waits on another thread.
        recorder?.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        var completed = simulation.Run(cancellationToken);
        recorder?.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (!completed)
        {
            if (folder is not null)
            {
                Directory.Delete(folder.Path, recursive: true);
            }

            return null;
        }

        bool? valid = folder is null ? null : RunFolderAnalysis.Analyze(folder.Path, CancellationToken.None, reportEvents: null).Verdict.IsValid;
        var causality = figures.Causality;
        return new SweepRunResult(combination.Index, seed, figures.Summaries(), TheoryModel.Predict(plan.TickRates, options.Weights, NetworkModel.Of(options.Network)),
            causality?.FalseOrderShare ?? double.NaN,
            causality?.Reach?.MeanSeconds ?? double.NaN, causality?.Reach?.NotCompletedShare ?? double.NaN, valid,
            ClockSweepFigures.Of(figures.Clocks(
                ClockReading.Nanoseconds(options.Clocks.Physical.ResolutionMs), simulation.Engine.Sync is { } sync ? SyncFigures.Of(sync.Adjustments) : null)));
    }

    /// <summary>A copy of <paramref name="options"/> with the run's seed (and, for a kept run, its folder).</summary>
    private static SimulationOptions WithSeed(SimulationOptions options, int seed, string? keepUnder)
    {
        var copy = OptionsCopy.Of(options);
        copy.Seed = seed;
        copy.OutputDirectory = keepUnder ?? options.OutputDirectory;
        return copy;
    }
}
