using System.Numerics;
using ClockSim.Engines.Virtual;

namespace ClockSim.Tests.Engines.Virtual;

public sealed class VirtualTickScheduleTests
{
    [Fact]
    public void Next_ThreeTicksASecond_FallsOnTheNextWholeNanosecond()
    {
        var schedule = new VirtualTickSchedule(3);

        Assert.Equal([333_333_334L, 666_666_667L, 1_000_000_000L, 1_333_333_334L], Enumerable.Range(0, 4).Select(_ => schedule.Next()));
        Assert.Equal(4, schedule.Tick);
    }

    [Fact]
    public void Next_FractionalRate_TicksAtKOverRate()
    {
        var schedule = new VirtualTickSchedule(2.5);

        Assert.Equal([400_000_000L, 800_000_000L, 1_200_000_000L], Enumerable.Range(0, 3).Select(_ => schedule.Next()));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(0.37)]
    [InlineData(9999.999)]
    public void Next_AMillionTicksOn_HasNoAccumulatedError(double rate)
    {
        var schedule = new VirtualTickSchedule(rate);
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
        Assert.Throws<ArgumentOutOfRangeException>(() => new VirtualTickSchedule(1e-7));
    }
}
