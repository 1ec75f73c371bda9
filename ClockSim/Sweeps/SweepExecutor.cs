using System.Globalization;
using ClockSim.Sweeps.Shards;

namespace ClockSim.Sweeps;

/// <summary>
/// Runs every combination × seed of a sweep, or those of one slice of it, on all cores. Each run is independent and single-threaded, and its result
/// goes to the slot of its index, so the results come out in the same order whatever the threads' timing. Once
/// cancellation is seen no run starts, the runs under way stop, and the finished ones are returned.
/// </summary>
/// <param name="keptRunsRoot">Where kept run folders go (under <see cref="RunsFolderName"/>), or null to keep none.</param>
internal sealed class SweepExecutor(SweepFile file, string? keptRunsRoot)
{
    /// <summary>The folder under the results that holds kept run folders, one folder per combination.</summary>
    public const string RunsFolderName = "runs";

    /// <param name="slice">The runs to run: <see cref="SweepSlice.Whole"/>, or one shard's.</param>
    /// <param name="runDone">Called after each run that finished, from the thread that ran it.</param>
    /// <returns>The finished runs, by combination and then by seed in the file's order.</returns>
    public IReadOnlyList<SweepRunResult> Run(SweepSlice slice, Action runDone, CancellationToken cancellationToken)
    {
        var seeds = file.Seeds;
        int[] indices = [.. slice.Indices(file.RunCount)];
        var results = new SweepRunResult?[indices.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, results.Length, parallel, (slot, loop) =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                loop.Stop();
                return;
            }

            var index = indices[slot];
            var combination = file.Combinations[index / seeds.Count];
            results[slot] = SweepRun.Run(
                combination, seeds[index % seeds.Count], keptRunsRoot is null ? null : KeptRunsFolder(keptRunsRoot, combination), file.ComparesClocks, cancellationToken);
            if (results[slot] is not null)
            {
                runDone();
            }
        });
        return [.. results.OfType<SweepRunResult>()];
    }

    /// <summary>Where a combination's kept runs go: <c>runs/combination-07/</c>, numbered to sort in order.</summary>
    private string KeptRunsFolder(string root, SweepCombination combination)
    {
        var digits = file.Combinations.Count.ToString(CultureInfo.InvariantCulture).Length;
        var name = "combination-" + combination.Index.ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(2, digits), '0');
        return Path.Combine(root, RunsFolderName, name);
    }
}
