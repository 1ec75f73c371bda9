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
