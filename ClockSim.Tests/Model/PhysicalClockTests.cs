using ClockSim.Configuration;
using ClockSim.Model;

namespace ClockSim.Tests.Model;

/// <summary>A machine's own clock, C(t) = t + offset + drift · t (+ a synchronisation's correction), read down to its resolution.</summary>
public sealed class PhysicalClockTests
{
    private const long Millisecond = 1_000_000;

    [Fact]
    public void Read_AddsOffsetAndDrift_AndCutsDownToTheResolution()
    {
        // 2 ms ahead, 100 ppm fast, read in whole milliseconds: at t = 10 s it reads 10 000 + 2 + 1 = 10 003 ms.
        var clock = new PhysicalClock(2 * Millisecond, 100, Millisecond);

        Assert.Equal(10_003 * Millisecond, clock.Read(10_000 * Millisecond));
        Assert.Equal(2 * Millisecond, clock.Read(999_000));            // 2.999 ms and 0.0000999 ms of drift: cut to 2 ms
        Assert.Equal(0, new PhysicalClock(0, 0, 1000).Read(999));       // below the first step of a microsecond
    }

    [Fact]
    public void Read_OfAClockBehind_IsNegativeAndCutDownwards()
    {
        var clock = new PhysicalClock(-5 * Millisecond, 0, Millisecond);

        Assert.Equal(-5 * Millisecond, clock.Read(0));
        Assert.Equal(-4 * Millisecond, clock.Read(1_500_000));           // -3.5 ms is read as -4 ms: whole steps, downwards
    }

    [Fact]
    public void SetTo_MovesTheClock_BackwardsToo_AndKeepsItsRate()
    {
        var clock = new PhysicalClock(30 * Millisecond, 0, 1);

        var after = clock.SetTo(1000 * Millisecond, 1010 * Millisecond);

        Assert.Equal(1010 * Millisecond, after);                          // set back 20 ms
        Assert.Equal(1510 * Millisecond, clock.Read(1500 * Millisecond)); // and it runs on from there
    }

    [Fact]
    public void Draw_IsUniformWithinTheMaxima_AndTheSameForTheSameSeed()
    {
        var options = new PhysicalClockOptions { MaxOffsetMs = 50, MaxDriftPpm = 100, ResolutionMs = 0.001 };

        var clocks = Enumerable.Range(1, 200).Select(id => PhysicalClock.Draw(42, id, options.ToSpread())).ToArray();

        Assert.All(clocks, c => Assert.InRange(c.OffsetNs, -50 * Millisecond, 50 * Millisecond));
        Assert.All(clocks, c => Assert.InRange(c.DriftPpm, -100, 100));
        Assert.Contains(clocks, c => c.OffsetNs < -25 * Millisecond);
        Assert.Contains(clocks, c => c.OffsetNs > 25 * Millisecond);
        Assert.Equal(clocks[6].OffsetNs, PhysicalClock.Draw(42, 7, options.ToSpread()).OffsetNs);
        Assert.NotEqual(clocks[6].OffsetNs, PhysicalClock.Draw(43, 7, options.ToSpread()).OffsetNs);
    }

    [Fact]
    public void Draw_WithTheDefaults_IsTheOneTrueClock()
    {
        var clock = PhysicalClock.Draw(42, 1, new PhysicalClockOptions().ToSpread());

        Assert.Equal((0L, 0.0), (clock.OffsetNs, clock.DriftPpm));
        Assert.Equal(336_314_000, clock.Read(336_314_836));
    }
}
