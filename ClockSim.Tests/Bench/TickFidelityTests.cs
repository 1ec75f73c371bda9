using ClockSim.Bench;

namespace ClockSim.Tests.Bench;

public sealed class TickFidelityTests
{
    [Fact]
    public void PerfectTicks_AreNeitherLateNorMissed()
    {
        var fidelity = new TickFidelity(rate: 4, durationSeconds: 2);

        for (var tick = 1; tick <= 8; tick++)
        {
            fidelity.Add(tick, tick * 250.0);
        }

        Assert.Equal((8L, 8L, 0L, 0L), (fidelity.Expected, fidelity.Ticks, fidelity.Missed, fidelity.Late));
        Assert.All(fidelity.LatenessMs, l => Assert.Equal(0, l, 9));
        Assert.Equal(0, fidelity.CountError);
    }

    [Fact]
    public void PhasedTicks_AreMeasuredAgainstThePhasedSchedule()
    {
        // Phase 100 ms at 4 ticks/s over 2 s: ticks at 350, 600, …, 1850 ms; the 8th would fall at 2100 ms.
        var fidelity = new TickFidelity(rate: 4, durationSeconds: 2, phaseMs: 100);

        for (var tick = 1; tick <= 7; tick++)
        {
            fidelity.Add(tick, 100 + (tick * 250.0) + 0.25);
        }

        Assert.Equal((7L, 7L, 0L, 0L), (fidelity.Expected, fidelity.Ticks, fidelity.Missed, fidelity.Late));
        Assert.All(fidelity.LatenessMs, l => Assert.Equal(0.25, l, 9));
        Assert.Equal(-0.6, fidelity.CountError, 9);
    }

    [Fact]
    public void TickAfterTheNextOneWasDue_IsLate()
    {
        var fidelity = new TickFidelity(rate: 10, durationSeconds: 1);

        fidelity.Add(1, 100.5);
        fidelity.Add(2, 300.1);

        Assert.Equal(1, fidelity.Late);
        Assert.Equal([0.5, 100.1], fidelity.LatenessMs.Select(l => Math.Round(l, 3)));
    }

    [Fact]
    public void TicksNeverDoneOrDoneAfterTheEnd_AreMissed()
    {
        var fidelity = new TickFidelity(rate: 2, durationSeconds: 3);

        fidelity.Add(1, 500);
        fidelity.Add(2, 1000);
        fidelity.Add(3, 4000);

        Assert.Equal(6, fidelity.Expected);
        Assert.Equal(4, fidelity.Missed);
        Assert.Equal(-3, fidelity.CountError);
    }
}
