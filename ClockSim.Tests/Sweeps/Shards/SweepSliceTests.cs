using ClockSim.Sweeps.Shards;

namespace ClockSim.Tests.Sweeps.Shards;

public sealed class SweepSliceTests
{
    [Theory]
    [InlineData(20, 4)]
    [InlineData(21, 4)]
    [InlineData(7, 7)]
    [InlineData(5, 1)]
    public void Slices_OfEveryShard_HoldEveryRunOnce(int runs, int shards)
    {
        var slices = Enumerable.Range(1, shards).Select(k => new SweepSlice(k, shards)).ToArray();

        int[] held = [.. slices.SelectMany(s => s.Indices(runs))];

        Assert.Equal(Enumerable.Range(0, runs), held.Order());
        Assert.All(slices, s => Assert.Equal(s.Indices(runs).Count(), s.Count(runs)));
        Assert.All(slices, s => Assert.All(s.Indices(runs), i => Assert.Equal(s.K, SweepSlice.ShardOf(i, shards))));
    }

    [Fact]
    public void Indices_AreStrided_SoEachShardTakesAShareOfEveryCombination()
    {
        Assert.Equal([1, 5, 9, 13, 17], new SweepSlice(2, 4).Indices(20));
        Assert.Equal("2-of-4", new SweepSlice(2, 4).Name);
    }
}
