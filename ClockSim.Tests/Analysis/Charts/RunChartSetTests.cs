using ClockSim.Analysis.Charts;

namespace ClockSim.Tests.Analysis.Charts;

public sealed class RunChartSetTests
{
    [Fact]
    public void CountLabels_HundredsOfEvents_StartAtZeroAndStepOneTwoFive() =>
        Assert.Equal([0L, 1, 2, 5, 10, 20, 50, 100, 200], RunChartSet.CountLabels(113));

    [Fact]
    public void CountLabels_MillionsOfEvents_StepByPowersOfTen() =>
        Assert.Equal([0L, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000], RunChartSet.CountLabels(350_000));

    [Fact]
    public void CountLabels_NoEvents_StillHaveOneAboveTheBaseline() =>
        Assert.Equal([0L, 1], RunChartSet.CountLabels(0));
}
