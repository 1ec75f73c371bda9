using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class DriftCalculatorTests
{
    [Fact]
    public void Compute_MachineBehindTheLeader_HasTheTimeWeightedGapAsMeanAndTheWidestAsMax()
    {
        // M1 reaches 10 at 1 s; M2 reaches 4 at 2 s; the run ends at 4 s.
        // M2's drift is 0 for 1 s, −10 for 1 s, −6 for 2 s: mean −(10 + 12) / 4 = −5.5, lowest −10.
        var leader = Timeline((1000, 10));
        var follower = Timeline((2000, 4));

        var drift = DriftCalculator.Compute([leader, follower], 4000);

        Assert.Equal(0, drift[0].Mean);
        Assert.Equal(0, drift[0].Lowest);
        Assert.Equal(-5.5, drift[1].Mean, 12);
        Assert.Equal(-10, drift[1].Lowest);
    }

    [Fact]
    public void Compute_TwoMachinesTickingAtTheSameInstant_ShowNoDriftThatLastedNoTime()
    {
        var first = Timeline((1000, 5), (2000, 6));
        var second = Timeline((1000, 5), (2000, 6));

        var drift = DriftCalculator.Compute([first, second], 3000);

        Assert.All(drift, d => Assert.Equal(0, d.Lowest));
        Assert.All(drift, d => Assert.Equal(0, d.Mean));
    }

    [Fact]
    public void Compute_LeaderChanges_EachMachineIsMeasuredAgainstTheLargestClockAtThatInstant()
    {
        // 0–1 s: both 0. 1–2 s: A 3, B 0. 2–3 s: A 3, B 7. Mean for A: −4/3; for B: −3/3 = −1.
        var a = Timeline((1000, 3));
        var b = Timeline((2000, 7));

        var drift = DriftCalculator.Compute([a, b], 3000);

        Assert.Equal(-4.0 / 3, drift[0].Mean, 12);
        Assert.Equal(-4, drift[0].Lowest);
        Assert.Equal(-1, drift[1].Mean, 12);
        Assert.Equal(-3, drift[1].Lowest);
    }

    private static MachineTimeline Timeline(params (double Ms, long Clock)[] rows)
    {
        var timeline = new MachineTimeline();
        foreach (var (ms, clock) in rows)
        {
            timeline.Add(ms, clock, 0);
        }

        return timeline;
    }
}
