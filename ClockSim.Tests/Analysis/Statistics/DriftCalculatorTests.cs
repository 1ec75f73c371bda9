using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class DriftCalculatorTests
{
    [Fact]
    public void AtInstants_EachClockMinusTheLargestAtThatInstant()
    {
        var drift = DriftCalculator.AtInstants([[0, 3, 3], [0, 0, 7]]);

        Assert.Equal([0.0, 0, -4], drift[0]);
        Assert.Equal([0.0, -3, 0], drift[1]);
    }
}
