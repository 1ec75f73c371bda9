using ClockSim.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class NearestRankTests
{
    [Theory]
    [InlineData(0.5, 20, 10)]
    [InlineData(0.95, 20, 19)]
    [InlineData(0.99, 20, 20)]
    [InlineData(0.0, 20, 1)]
    [InlineData(1.0, 20, 20)]
    [InlineData(0.5, 0, 1)]
    public void Rank_IsTheCeilingOfQuantileTimesCountAndAtLeastOne(double quantile, long count, long expected) =>
        Assert.Equal(expected, NearestRank.Rank(quantile, count));

    [Fact]
    public void Rank_QuantileOutsideZeroToOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NearestRank.Rank(1.5, 10));

    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(0.99, 4.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void Of_IsTheSmallestValueThatEnoughValuesDoNotExceed(double quantile, double expected) =>
        Assert.Equal(expected, NearestRank.Of([1, 2, 3, 4], quantile));

    [Fact]
    public void Of_NoValues_IsNaN() => Assert.True(double.IsNaN(NearestRank.Of([], 0.5)));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.95)]
    [InlineData(1.0)]
    public void TryOfCounts_CountsPerValue_AgreeWithTheSortedValues(double quantile)
    {
        (double Value, long Count)[] counts = [(1, 17), (2, 1), (5, 1), (9, 1)];
        double[] sorted = [.. counts.SelectMany(c => Enumerable.Repeat(c.Value, (int)c.Count))];

        Assert.True(NearestRank.TryOfCounts(counts, sorted.Length, quantile, out var value));
        Assert.Equal(NearestRank.Of(sorted, quantile), value);
    }

    [Fact]
    public void TryOfCounts_NoCounts_FindsNothing() => Assert.False(NearestRank.TryOfCounts<int>([], 0, 0.5, out _));
}
