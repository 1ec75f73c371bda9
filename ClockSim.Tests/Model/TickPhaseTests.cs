using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class TickPhaseTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(6.0)]
    [InlineData(1000.0)]
    [InlineData(0.001)]
    public void Draw_FallsInTheFirstPeriod_InWholeNanoseconds(double rate)
    {
        var period = TickPhase.NanosecondsPerSecond / rate;
        for (var seed = 0; seed < 500; seed++)
        {
            Assert.InRange(TickPhase.Draw(seed, machineId: 1 + (seed % 7), rate), 0, Math.Ceiling(period) - 1);
        }
    }

    [Fact]
    public void Draw_IsUniformOverThePeriod()
    {
        // 4000 draws of a uniform fraction: mean 1/2 with a standard error of 0.0046, and each quarter holds about 1000.
        var fractions = Enumerable.Range(0, 4000).Select(seed => TickPhase.Draw(seed, 1, 4) / (TickPhase.NanosecondsPerSecond / 4.0)).ToArray();

        Assert.InRange(fractions.Average(), 0.48, 0.52);
        Assert.All(fractions.GroupBy(f => (int)(f * 4)), quarter => Assert.InRange(quarter.Count(), 880, 1120));
    }

    [Fact]
    public void Draw_DependsOnTheSeedAndTheMachineOnly()
    {
        Assert.Equal(TickPhase.Draw(42, 2, 4), TickPhase.Draw(42, 2, 4));
        Assert.NotEqual(TickPhase.Draw(42, 2, 4), TickPhase.Draw(42, 3, 4));
        Assert.NotEqual(TickPhase.Draw(42, 2, 4), TickPhase.Draw(43, 2, 4));

        // Its own stream: the same fraction of the period whatever the rate.
        Assert.Equal(TickPhase.Draw(42, 2, 4) / 1e9 * 4, TickPhase.Draw(42, 2, 8) / 1e9 * 8, 6);
    }

    [Fact]
    public void Draw_OfARateSlowerThanAnyRun_IsCappedBeyondTheLongestRun()
    {
        Assert.InRange(TickPhase.Draw(7, 1, 1e-300), 0, TickPhase.MaxNanoseconds);
    }
}
