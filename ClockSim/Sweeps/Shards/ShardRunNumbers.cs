namespace ClockSim.Sweeps.Shards;

/// <summary>The runs a shard holds, numbered from 1 in the sweep's order: <see cref="Count"/> of them from <see cref="First"/>, every <see cref="Step"/>-th.</summary>
internal sealed record ShardRunNumbers(int First, int Step, int Count)
{
    public static ShardRunNumbers Of(SweepSlice slice, int runCount) => new(slice.K, slice.N, slice.Count(runCount));
}
