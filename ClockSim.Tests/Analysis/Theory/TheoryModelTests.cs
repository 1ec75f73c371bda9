using ClockSim.Analysis.Theory;
using ClockSim.Configuration;

namespace ClockSim.Tests.Analysis.Theory;

/// <summary>The spec's example: rates 5, 6, 1 with the default weights 2/1/7.</summary>
public sealed class TheoryModelTests
{
    private static readonly double[] ExampleRates = [5, 6, 1];

    [Fact]
    public void SendProbability_DefaultWeightsAndThreeMachines_IsOneFifth() =>
        Assert.Equal(0.2, TheoryModel.SendProbability(3, new WeightOptions()), 12);

    [Fact]
    public void ArrivalRates_BeforeTheFixedPoint_GiveTheSlowMachineTwoPointTwo() =>
        Assert.Equal(2.2, TheoryModel.ArrivalRates(ExampleRates, 0.2, [0, 0, 0])[2], 12);

    [Fact]
    public void ReceivingShares_SpecExample_FastMachinesReceiveOn21And13PercentOfTheirTicks()
    {
        var shares = TheoryModel.ReceivingShares(ExampleRates, 0.2);

        // By hand: ρ1 = 0.2(6(1 − ρ2)) / 5 and ρ2 = 0.2(5(1 − ρ1)) / 6 with ρ3 = 1 give ρ1 = 5/24, ρ2 = 19/144.
        Assert.Equal(5.0 / 24, shares[0], 9);
        Assert.Equal(19.0 / 144, shares[1], 9);
        Assert.Equal(1, shares[2]);
    }

    [Fact]
    public void Predict_SpecExample_SlowMachineQueueGrowsByAboutPointEightPerSecond()
    {
        var predictions = TheoryModel.Predict(ExampleRates, new WeightOptions());

        Assert.Equal(11.0 / 6, predictions[2].ArrivalRate, 9);
        Assert.True(predictions[2].QueueGrows);
        Assert.Equal(5.0 / 6, predictions[2].QueueGrowth, 9);
        Assert.False(predictions[0].QueueGrows);
        Assert.False(predictions[1].QueueGrows);
        Assert.Equal(0, predictions[0].QueueGrowth);
    }

    [Fact]
    public void Predict_SpecExample_FastClocksFollowTheFastestAndTheSlowOneLagsByRateOverLambda()
    {
        var predictions = TheoryModel.Predict(ExampleRates, new WeightOptions());

        Assert.Equal(6, predictions[0].ClockRate, 9);
        Assert.Equal(6, predictions[1].ClockRate, 9);
        Assert.Equal(6 * 1 / (11.0 / 6), predictions[2].ClockRate, 9);
    }

    [Fact]
    public void ReceivingShares_TwoEqualMachinesThatAlwaysSend_SettleInsteadOfSwinging()
    {
        var shares = TheoryModel.ReceivingShares([1, 1], 1);

        Assert.Equal(0.5, shares[0], 9);
        Assert.Equal(0.5, shares[1], 9);
    }

    [Fact]
    public void Predict_MachinesThatOnlyWorkInternally_KeepTheirOwnRates()
    {
        var predictions = TheoryModel.Predict([2, 3], new WeightOptions { SendToOne = 0, SendToAll = 0, Internal = 1 });

        Assert.All(predictions, p => Assert.Equal(0, p.ArrivalRate));
        Assert.Equal([2.0, 3.0], predictions.Select(p => p.ClockRate));
    }
}
