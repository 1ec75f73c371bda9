using System.Numerics;
using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class TickPlanTests
{
    [Fact]
    public void Next_ThreeTicksASecond_FallsOnTheNextWholeNanosecond()
    {
        var schedule = new TickPlan(3);

        Assert.Equal([333_333_334L, 666_666_667L, 1_000_000_000L, 1_333_333_334L], Enumerable.Range(0, 4).Select(_ => schedule.Next()));
        Assert.Equal(4, schedule.Tick);
    }

    [Fact]
    public void Next_FractionalRate_TicksAtKOverRate()
    {
        var schedule = new TickPlan(2.5);

        Assert.Equal([400_000_000L, 800_000_000L, 1_200_000_000L], Enumerable.Range(0, 3).Select(_ => schedule.Next()));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(0.37)]
    [InlineData(9999.999)]
    public void Next_AMillionTicksOn_HasNoAccumulatedError(double rate)
    {
        var schedule = new TickPlan(rate);
        var microTicksPerSecond = new BigInteger(Math.Round(rate * 1e6));
        var last = 0L;
        for (var k = 1; k <= 1_000_000; k++)
        {
            last = schedule.Next();
        }

        // ⌈k · 10¹⁵ / R⌉ computed with unbounded integers.
        var exact = BigInteger.DivRem(BigInteger.Pow(10, 15) * 1_000_000, microTicksPerSecond, out var remainder);
        Assert.Equal(remainder.IsZero ? exact : exact + 1, new BigInteger(last));
    }

    [Fact]
    public void Constructor_RateBelowItsResolution_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TickPlan(1e-7));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_RateNotPositive_Throws(double rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TickPlan(rate));
    }

    [Fact]
    public void Next_WithAPhase_ShiftsEveryTickByIt()
    {
        var plan = new TickPlan(3, phaseNanoseconds: 1_000);

        Assert.Equal([333_334_334L, 666_667_667L, 1_000_001_000L], Enumerable.Range(0, 3).Select(_ => plan.Next()));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(7.0 / 3, 123_456_789)]
    [InlineData(1000, 999_999)]
    [InlineData(0.37, 2_000_000_000)]
    public void InstantOfAndCountBy_AgreeWithNextAtEveryTick(double rate, long phase)
    {
        var plan = new TickPlan(rate, phase);
        var stepped = new TickPlan(rate, phase);

        Assert.Equal(0, plan.CountBy(phase));
        for (long tick = 1; tick <= 10_000; tick++)
        {
            var instant = stepped.Next();
            Assert.Equal(instant, plan.InstantOf(tick));
            Assert.Equal(tick, plan.CountBy(instant));
            Assert.Equal(tick - 1, plan.CountBy(instant - 1));
        }
    }

    [Theory]
    [InlineData(7.0 / 3)]
    [InlineData(0.37)]
    [InlineData(10_000)]
    [InlineData(7000.000001)] // a remainder of 10¹⁵ / R near R: its last ticks here take the 128-bit path
    public void InstantOf_AsFarAsAnInstantGoes_IsTheCeilingOfTheExactQuotient(double rate)
    {
        var plan = new TickPlan(rate, phaseNanoseconds: 5);
        var scaledRate = new BigInteger(Math.Round(rate / TickPlan.RateResolution));
        var numerator = BigInteger.Pow(10, 15);
        var lastTick = (long)((long.MaxValue - 5L) * scaledRate / numerator) - 1;

        foreach (var tick in new[] { 1L, 999_999_937L, lastTick / 1000, lastTick / 3, lastTick })
        {
            var exact = BigInteger.DivRem(tick * numerator, scaledRate, out var remainder) + (remainder.IsZero ? 0 : 1);
            Assert.Equal(exact + 5, new BigInteger(plan.InstantOf(tick)));
        }
    }

    [Fact]
    public void CountBy_BeforeThePhase_IsZero()
    {
        Assert.Equal(0, new TickPlan(6, phaseNanoseconds: 100_000_000).CountBy(99_999_999));
    }
}
