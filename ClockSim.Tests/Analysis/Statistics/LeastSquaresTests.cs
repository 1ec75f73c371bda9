using ClockSim.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class LeastSquaresTests
{
    [Fact]
    public void Slope_PointsOnALine_IsItsSlope()
    {
        var fit = new LeastSquares();
        foreach (var x in Enumerable.Range(0, 1000))
        {
            fit.Add(1e6 + x, 3 * x + 7);
        }

        Assert.Equal(3, fit.Slope, 9);
    }

    [Fact]
    public void Slope_OnePoint_IsNotANumber()
    {
        var fit = new LeastSquares();
        fit.Add(1, 1);

        Assert.True(double.IsNaN(fit.Slope));
    }
}
