using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class DriftAccumulatorTests
{
    /// <summary>
    /// The accumulator keeps a running area and a running lowest per machine; the definition it must agree with is
    /// plainer: between consecutive instants every clock is constant, so walk the instants, apply every event of one
    /// instant, take the largest clock, and add up (clock − largest) × the time until the next instant. This oracle is
    /// independent because it is that definition written out, at a cost of machines × instants.
    /// </summary>
    private static (double Mean, long Lowest)[] ByDefinition(List<(double Time, int Machine, long Clock)> events, int machines, double horizon)
    {
        var clocks = new long[machines];
        var area = new double[machines];
        var lowest = new long[machines];
        var instants = events.Select(e => e.Time).Distinct().Order().ToList();
        var previous = 0.0;
        foreach (var instant in instants)
        {
            var lead = clocks.Max();
            for (var i = 0; i < machines; i++)
            {
                area[i] += (clocks[i] - lead) * (instant - previous);
            }

            foreach (var e in events.Where(e => e.Time == instant))
            {
                clocks[e.Machine] = e.Clock;
            }

            lead = clocks.Max();
            for (var i = 0; i < machines; i++)
            {
                lowest[i] = Math.Min(lowest[i], clocks[i] - lead);
            }

            previous = instant;
        }

        var finalLead = clocks.Max();
        return [.. Enumerable.Range(0, machines).Select(i => ((area[i] + ((clocks[i] - finalLead) * (horizon - previous))) / horizon, lowest[i]))];
    }

    [Fact]
    public void Summaries_MachineBehindTheLeader_HasTheTimeWeightedGapAsMeanAndTheWidestAsMax()
    {
        // M1 reaches 10 at 1 s; M2 reaches 4 at 2 s; the run ends at 4 s.
        // M2's drift is 0 for 1 s, −10 for 1 s, −6 for 2 s: mean −(10 + 12) / 4 = −5.5, lowest −10.
        var drift = Summaries(2, 4000, (1000, 0, 10), (2000, 1, 4));

        Assert.Equal(0, drift[0].Mean);
        Assert.Equal(0, drift[0].Lowest);
        Assert.Equal(-5.5, drift[1].Mean, 12);
        Assert.Equal(-10, drift[1].Lowest);
    }

    [Fact]
    public void Summaries_TwoMachinesTickingAtTheSameInstant_ShowNoDriftThatLastedNoTime()
    {
        var drift = Summaries(2, 3000, (1000, 0, 5), (1000, 1, 5), (2000, 0, 6), (2000, 1, 6));

        Assert.All(drift, d => Assert.Equal(0, d.Lowest));
        Assert.All(drift, d => Assert.Equal(0, d.Mean));
    }

    [Fact]
    public void Summaries_LeaderChanges_EachMachineIsMeasuredAgainstTheLargestClockAtThatInstant()
    {
        // 0–1 s: both 0. 1–2 s: A 3, B 0. 2–3 s: A 3, B 7. Mean for A: −4/3; for B: −3/3 = −1.
        var drift = Summaries(2, 3000, (1000, 0, 3), (2000, 1, 7));

        Assert.Equal(-4.0 / 3, drift[0].Mean, 12);
        Assert.Equal(-4, drift[0].Lowest);
        Assert.Equal(-1, drift[1].Mean, 12);
        Assert.Equal(-3, drift[1].Lowest);
    }

    /// <param name="events">In time order, the lower machine first at one instant, as the analysis reads the rows.</param>
    private static IReadOnlyList<DriftSummary> Summaries(int machines, double horizon, params (double Ms, int Machine, long Clock)[] events)
    {
        var drift = new DriftAccumulator(machines);
        foreach (var (ms, machine, clock) in events)
        {
            drift.Set(machine, ms, clock);
        }

        return drift.Summaries(horizon);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Summaries_RandomRuns_AgreeWithTheDefinition(int seed)
    {
        var random = new Random(seed);
        const int machines = 5;
        var clocks = new long[machines];
        var events = new List<(double Time, int Machine, long Clock)>();
        for (var time = 0; time < 400; time += random.Next(0, 3))
        {
            var machine = random.Next(machines);
            clocks[machine] += random.Next(1, 4) == 1 ? random.Next(2, 30) : 1;
            events.Add((time, machine, clocks[machine]));
        }

        var drift = new DriftAccumulator(machines);
        foreach (var (time, machine, clock) in events)
        {
            drift.Set(machine, time, clock);
        }

        var expected = ByDefinition(events, machines, horizon: 450);
        var actual = drift.Summaries(450);
        for (var i = 0; i < machines; i++)
        {
            Assert.Equal(expected[i].Mean, actual[i].Mean, 9);
            Assert.Equal(expected[i].Lowest, actual[i].Lowest);
        }
    }
}
