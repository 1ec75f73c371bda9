using ClockSim.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class LeastSquaresPairTests
{
    [Fact]
    public void Slopes_PointsOnTwoLines_AreTheirSlopes()
    {
        var fits = new LeastSquaresPair();
        foreach (var x in Enumerable.Range(0, 1000))
        {
            fits.Add(1e6 + x, 3 * x + 7, -0.5 * x + 2);
        }

        Assert.Equal(3, fits.FirstSlope, 9);
        Assert.Equal(-0.5, fits.SecondSlope, 9);
    }

    [Fact]
    public void Slopes_OnePoint_AreNotNumbers()
    {
        var fits = new LeastSquaresPair();
        fits.Add(1, 1, 1);

        Assert.True(double.IsNaN(fits.FirstSlope));
        Assert.True(double.IsNaN(fits.SecondSlope));
    }
}
