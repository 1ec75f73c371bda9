namespace ClockSim.Sweeps.Shards;

/// <summary>
/// The K-th of N slices of a sweep's runs, numbered from 1 in the sweep's own order (combination by combination, each
/// with its seeds in the file's order). The slices are strided: slice K holds runs K, K + N, K + 2N, …, so each slice
/// takes a share of every combination, and a sweep whose combinations differ in cost (more machines, longer runs)
/// gives each slice the same mix of work; contiguous slices would give the last one all the longest runs.
/// </summary>
internal sealed record SweepSlice(int K, int N)
{
    /// <summary>Every run: the slice of a sweep that runs in one process.</summary>
    public static readonly SweepSlice Whole = new(1, 1);

    /// <summary>The folder name of a shard, <c>2-of-4</c>.</summary>
    public string Name => $"{K}-of-{N}";

    /// <summary>How many of <paramref name="runCount"/> runs the slice holds.</summary>
    public int Count(int runCount) => runCount >= K ? ((runCount - K) / N) + 1 : 0;

    /// <summary>The indices, from 0, of the runs the slice holds, in order.</summary>
    public IEnumerable<int> Indices(int runCount)
    {
        for (long index = K - 1; index < runCount; index += N)
        {
            yield return (int)index;
        }
    }

    /// <summary>The slice of <paramref name="n"/> that holds the run of index <paramref name="index"/> (from 0).</summary>
    public static int ShardOf(int index, int n) => (index % n) + 1;
}
