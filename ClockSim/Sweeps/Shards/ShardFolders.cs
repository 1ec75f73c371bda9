namespace ClockSim.Sweeps.Shards;

/// <summary>
/// Where a sweep's shards go: <c>results/&lt;name&gt;.shards/K-of-N/</c> beside its results, or <c>DIR/K-of-N/</c> under
/// <c>--shard-dir DIR</c>, a scheduler's shared storage. Beside the results, not in them: a whole sweep swaps
/// <c>results/&lt;name&gt;/</c> whole, which would take the shards with it.
/// </summary>
internal static class ShardFolders
{
    /// <summary>The suffix of the folder beside a sweep's results that holds its shards.</summary>
    public const string Suffix = ".shards";

    /// <param name="shardDir">The folder given with <c>--shard-dir</c>, relative to <paramref name="currentDirectory"/>, or null.</param>
    public static string Root(SweepFile file, string? shardDir, string currentDirectory) =>
        shardDir is null ? file.ResultsFolder + Suffix : Path.GetFullPath(shardDir, currentDirectory);

    /// <summary>The folder of shard <paramref name="slice"/> under <paramref name="root"/>.</summary>
    public static string Of(string root, SweepSlice slice) => Path.Combine(root, slice.Name);
}
