using ClockSim.Engines.Sockets.Clock;
using ClockSim.Model;

namespace ClockSim.Tests.Engines.Sockets.Clock;

public sealed class TickScheduleTests
{
    private const long Frequency = 10_000_000;

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(2.5)]
    [InlineData(7.0 / 3)]
    [InlineData(1000)]
    public void DeadlineOf_IsStartPlusKOverRate_WithoutDrift(double rate)
    {
        var schedule = new TickSchedule(new TickPlan(rate), startTimestamp: 5_000, Frequency);

        foreach (var tick in new long[] { 1, 2, 3, 10_000, 1_000_000 })
        {
            var ideal = 5_000 + tick * Frequency / TakenRate(rate);
            var deadline = schedule.DeadlineOf(tick);
            Assert.InRange(deadline - ideal, 0, 1);
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(2.5)]
    [InlineData(7.0 / 3)]
    public void DueBy_AgreesWithEveryDeadline(double rate)
    {
        var schedule = new TickSchedule(new TickPlan(rate), startTimestamp: 123, Frequency);

        for (long tick = 1; tick <= 10_000; tick++)
        {
            var deadline = schedule.DeadlineOf(tick);
            Assert.Equal(tick, schedule.DueBy(deadline));
            Assert.Equal(tick - 1, schedule.DueBy(deadline - 1));
        }
    }

    [Fact]
    public void DueBy_BeforeStart_IsZero()
    {
        Assert.Equal(0, new TickSchedule(new TickPlan(6), startTimestamp: 1_000, Frequency).DueBy(10));
    }

    /// <summary>The rate as a tick plan takes it: to a millionth of a tick per second.</summary>
    private static double TakenRate(double rate) => Math.Round(rate / TickPlan.RateResolution) * TickPlan.RateResolution;
}
