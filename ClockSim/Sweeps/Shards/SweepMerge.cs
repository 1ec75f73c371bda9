using ClockSim.Analysis.Charts;
using ClockSim.Recording;

namespace ClockSim.Sweeps.Shards;

/// <summary>
/// Merges a sweep's shards into its results, <c>results/&lt;name&gt;/</c>, exactly as the whole sweep run in one process
/// writes them: the runs read back from the shards (<see cref="ShardSet"/>) go through the same summary, files and
/// charts (<see cref="SweepSession.Write"/>), swapped in only once complete (<see cref="StagedFolder"/>).
/// </summary>
internal static class SweepMerge
{
    /// <exception cref="Configuration.SettingsException">The shards are not the whole sweep; nothing is written.</exception>
    public static (SweepSummary Summary, IReadOnlyList<ChartFile> Charts, int Shards) Run(SweepFile file, string root, string currentDirectory)
    {
        var (results, shards) = ShardSet.Read(file, root, currentDirectory);
        var staged = StagedFolder.Begin(file.ResultsFolder);
        var (summary, charts) = SweepSession.Write(staged.Path, file, results, keepRuns: false);
        staged.Commit();
        return (summary, charts, shards);
    }
}
