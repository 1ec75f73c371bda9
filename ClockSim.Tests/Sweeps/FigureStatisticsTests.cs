using ClockSim.Sweeps;

namespace ClockSim.Tests.Sweeps;

public sealed class FigureStatisticsTests
{
    [Fact]
    public void Of_FiveValues_GivesTheStudentTIntervalWorkedByHand()
    {
        // Mean 3; sample variance (4 + 1 + 0 + 1 + 4) / 4 = 2.5, so sd = 1.58114; t(0.975, 4 df) = 2.77645 from the tables;
        // half-width 2.77645 × 1.58114 / √5 = 1.96324.
        var statistics = FigureStatistics.Of([4, 1, 5, 2, 3], model: 2.5);

        Assert.Equal(5, statistics.Count);
        Assert.Equal(3, statistics.Mean, 12);
        Assert.Equal(1.58114, statistics.StandardDeviation, 5);
        Assert.Equal(1.03676, statistics.CiLow, 5);
        Assert.Equal(4.96324, statistics.CiHigh, 5);
        Assert.Equal(1.96324, statistics.HalfWidth, 5);
        Assert.Equal((1.0, 5.0), (statistics.RangeLow, statistics.RangeHigh));
        Assert.Equal(2.5, statistics.Model);
    }

    [Fact]
    public void Of_ManyValues_TakesTheMiddle95PercentByNearestRank()
    {
        var statistics = FigureStatistics.Of(Enumerable.Range(1, 200).Select(i => (double)i));

        Assert.Equal((5.0, 195.0), (statistics.RangeLow, statistics.RangeHigh));
        Assert.True(statistics.InRange(5, 0) && statistics.InRange(195.4, 0) && !statistics.InRange(195.6, 0) && !statistics.InRange(195.01, 2));
    }

    [Fact]
    public void Of_OneValue_HasNoSpread() =>
        Assert.Equal(new FigureStatistics(1, 7, double.NaN, double.NaN, double.NaN, 7, 7, double.NaN), FigureStatistics.Of([7]));

    [Fact]
    public void Of_ValuesWithoutAFigure_AreLeftOut() => Assert.Equal(2, FigureStatistics.Of([1, double.NaN, 3]).Count);

    [Fact]
    public void ShareEstimate_IsTheWilsonInterval()
    {
        // Wilson, 8 of 10 at z = 1.95996: centre (0.8 + 0.19207) / 1.38415 = 0.71674, half-width 0.31362 / 1.38415 = 0.22658.
        var share = ShareEstimate.Of(8, 10);

        Assert.Equal(0.8, share.Share, 12);
        Assert.Equal(0.49016, share.Low, 4);
        Assert.Equal(0.94332, share.High, 4);
    }
}
