using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class JumpCountsTests
{
    [Fact]
    public void Percentiles_NineteenOnesAndOneTen_AreNearestRank()
    {
        var jumps = Counts([.. Enumerable.Repeat(1L, 19), 10]);

        Assert.Equal(1, jumps.Percentile(0.5));
        Assert.Equal(1, jumps.Percentile(0.95));
        Assert.Equal(10, jumps.Percentile(1));
        Assert.Equal(1.45, jumps.Mean, 12);
        Assert.Equal(10, jumps.Max);
    }

    [Fact]
    public void Bins_DoubleInWidth()
    {
        var jumps = Counts(1, 1, 2, 3, 4, 5, 8, 9);

        Assert.Equal([2L, 1, 2, 2, 1], jumps.Bins());
        Assert.Equal(["1", "2", "3–4", "5–8", "9–16"], Enumerable.Range(0, 5).Select(JumpCounts.BinLabel));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    [InlineData(1024, 10)]
    [InlineData(1025, 11)]
    public void BinOf_Jump_IsTheBinWhoseUpperBoundHoldsIt(long jump, int bin) => Assert.Equal(bin, JumpCounts.BinOf(jump));

    private static JumpCounts Counts(params long[] values)
    {
        var counts = new JumpCounts();
        foreach (var value in values)
        {
            counts.Add(value);
        }

        return counts;
    }
}
