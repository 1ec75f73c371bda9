using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class LamportClockTests
{
    [Fact]
    public void Increment_AddsOne()
    {
        var clock = new LamportClock();

        clock.Increment();

        Assert.Equal(2, clock.Increment());
    }

    [Fact]
    public void Receive_AheadOfLocal_TakesCarriedPlusOne()
    {
        var clock = new LamportClock();
        clock.Increment();

        Assert.Equal(11, clock.Receive(10));
    }

    [Fact]
    public void Receive_BehindLocal_TakesLocalPlusOne()
    {
        var clock = new LamportClock();
        for (var i = 0; i < 7; i++)
        {
            clock.Increment();
        }

        Assert.Equal(8, clock.Receive(3));
    }

    [Fact]
    public void Receive_NegativeClock_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LamportClock().Receive(-1));
    }
}
