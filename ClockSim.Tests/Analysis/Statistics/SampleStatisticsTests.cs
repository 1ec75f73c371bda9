using ClockSim.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class SampleStatisticsTests
{
    [Fact]
    public void Of_OneToTwenty_HasNearestRankPercentile()
    {
        var stats = SampleStatistics.Of([.. Enumerable.Range(1, 20).Select(i => (double)i).Reverse()]);

        Assert.Equal(20, stats.Count);
        Assert.Equal(10.5, stats.Mean, 12);
        Assert.Equal(19, stats.P95);
        Assert.Equal(20, stats.Max);
    }

    [Fact]
    public void Of_Nothing_IsEmpty() => Assert.Same(SampleStatistics.Empty, SampleStatistics.Of([]));
}
