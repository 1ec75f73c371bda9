using ClockSim.Sweeps;

namespace ClockSim.Tests.Sweeps;

public sealed class PairedDifferenceTests
{
    [Fact]
    public void Of_DifferencesThatVary_GivesThePairedTWorkedByHand()
    {
        // Differences 2, 0, 1, 3, −1: mean 1; squared deviations 1 + 1 + 0 + 4 + 4 = 10, variance 10 / 4 = 2.5, sd 1.58114,
        // standard error 1.58114 / √5 = 0.707107; t = 1 / 0.707107 = 1.41421; t(0.975, 4 df) = 2.77645 from the tables,
        // half-width 2.77645 × 0.707107 = 1.96324, so the interval −0.96324 to 2.96324 holds 0.
        var difference = PairedDifference.Of([(10, 8), (7, 7), (4, 3), (9, 6), (2, 3)]);

        Assert.Equal(5, difference.Count);
        Assert.Equal(1, difference.MeanDifference, 12);
        Assert.Equal(-0.96324, difference.CiLow, 5);
        Assert.Equal(2.96324, difference.CiHigh, 5);
        Assert.Equal(1.41421, difference.T, 5);
        Assert.False(difference.Significant);
        Assert.False(difference.Identical || difference.Constant);
    }

    [Fact]
    public void Of_DifferencesFarFromZero_AreSignificant()
    {
        // Differences 1, 2, 4, 3, 5: mean 3, sd 1.58114 as above, t = 3 / 0.707107 = 4.24264 > 2.77645; interval 3 ± 1.96324.
        var difference = PairedDifference.Of([(2, 1), (4, 2), (7, 3), (6, 3), (10, 5)]);

        Assert.Equal(3, difference.MeanDifference, 12);
        Assert.Equal(4.24264, difference.T, 5);
        Assert.Equal((1.03676, 4.96324), (Math.Round(difference.CiLow, 5), Math.Round(difference.CiHigh, 5)));
        Assert.True(difference.Significant);
    }

    [Fact]
    public void Of_SameValueInEveryPair_IsIdenticalWithoutAnIntervalOrT()
    {
        var difference = PairedDifference.Of([(1.5, 1.5), (4, 4), (0, 0)]);

        Assert.True(difference.Identical);
        Assert.False(difference.Constant || difference.Significant);
        Assert.Equal((3, 0.0), (difference.Count, difference.MeanDifference));
        Assert.All([difference.CiLow, difference.CiHigh, difference.T], value => Assert.True(double.IsNaN(value)));
    }

    [Fact]
    public void Of_SameNonZeroDifferenceInEveryPair_IsConstantWithoutAnIntervalOrT()
    {
        var difference = PairedDifference.Of([(3, 1), (5, 3), (2.5, 0.5)]);

        Assert.True(difference.Constant);
        Assert.False(difference.Identical);
        Assert.Equal(2, difference.MeanDifference);
        Assert.All([difference.CiLow, difference.CiHigh, difference.T], value => Assert.True(double.IsNaN(value)));
    }

    [Fact]
    public void Of_PairMissingEitherValue_IsLeftOut()
    {
        var difference = PairedDifference.Of([(double.NaN, 1), (2, double.NaN), (3, 1), (4, 1)]);

        Assert.Equal((2, 2.5), (difference.Count, difference.MeanDifference));
    }

    [Fact]
    public void Of_NoPairs_HasNoValue()
    {
        var difference = PairedDifference.Of([]);

        Assert.Equal(0, difference.Count);
        Assert.True(double.IsNaN(difference.MeanDifference));
        Assert.False(difference.Identical || difference.Constant || difference.Significant);
    }
}
