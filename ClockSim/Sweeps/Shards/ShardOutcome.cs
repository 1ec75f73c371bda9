namespace ClockSim.Sweeps.Shards;

/// <summary>A shard that ran: which, how many of its runs finished, and where its folder is.</summary>
/// <param name="Folder">Its folder: <c>K-of-N/</c>, or <c>K-of-N.interrupted/</c> beside it when it was interrupted.</param>
/// <param name="RunSeconds">Wall seconds from the first run's start to the last run's end.</param>
internal sealed record ShardOutcome(SweepSlice Slice, ShardManifest Manifest, string Folder, double RunSeconds);
