using ClockSim.Analysis;

namespace ClockSim.Tests.Analysis;

public sealed class NearestRankTests
{
    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(0.99, 4.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void Of_IsTheSmallestValueThatEnoughValuesDoNotExceed(double quantile, double expected)
    {
        Assert.Equal(expected, NearestRank.Of([1, 2, 3, 4], quantile));
    }

    [Fact]
    public void Of_NoValues_IsNaN()
    {
        Assert.True(double.IsNaN(NearestRank.Of([], 0.5)));
    }
}
