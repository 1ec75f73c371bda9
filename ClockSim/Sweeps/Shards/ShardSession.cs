using ClockSim.Recording;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Sweeps.Shards;

/// <summary>
/// Runs one shard of a sweep and writes its folder: its rows of <c>runs.csv</c>, as the whole sweep writes them, and
/// <c>shard.json</c> (<see cref="ShardManifest"/>). The folder is written beside the one it replaces and swapped in only
/// once complete (<see cref="StagedFolder"/>); an interrupted shard is kept as <c>K-of-N.interrupted/</c>, marked so in
/// its manifest, and the complete shard there before, if any, stays as it was.
/// </summary>
internal static class ShardSession
{
    public static async Task<ShardOutcome> RunAsync(SweepFile file, SweepSlice slice, string root, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var hash = ShardManifest.HashOf(file);
        var staged = StagedFolder.Begin(ShardFolders.Of(root, slice));
        var (results, seconds) = await SweepSession.ExecuteAsync(file, slice, keptRunsRoot: null, console, cancellationToken).ConfigureAwait(false);
        var numbers = ShardRunNumbers.Of(slice, file.RunCount);
        var manifest = new ShardManifest(ShardManifest.CurrentFormatVersion, file.Name, Path.GetFileName(file.FilePath), hash, ProgramVersion.Text,
            slice.K, slice.N, file.RunCount, numbers, results.Count, Interrupted: results.Count < numbers.Count);
        RunsCsv.Write(staged.Path, file, results, withVerdicts: false);
        ShardManifestJson.Write(staged.Path, manifest);
        if (manifest.Interrupted)
        {
            return new ShardOutcome(slice, manifest, staged.KeepInterrupted(), seconds);
        }

        staged.Commit();
        return new ShardOutcome(slice, manifest, staged.Target, seconds);
    }
}
