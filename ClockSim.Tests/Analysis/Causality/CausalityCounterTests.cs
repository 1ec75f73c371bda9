using ClockSim.Analysis.Causality;
using ClockSim.Tests.Engines.Virtual;

namespace ClockSim.Tests.Analysis.Causality;

public sealed class CausalityCounterTests
{
    private sealed record Event(int Machine, long Tick, long Lamport, long[] Vector);

    private static List<Event> RunEvents(int seed, double seconds, params double[] rates)
    {
        var run = new VirtualRun(VirtualRun.Options(seed, seconds, rates));
        run.Run();
        return [.. run.Events.SelectMany(m => m.All.Zip(m.Vectors, (e, v) => new Event(e.Machine, e.Tick, e.LogicalClock, v)))];
    }

    private static CausalityCounter Count(List<Event> events, int machines, long exactLimit = CausalityCounter.ExactLimit, int sampleSize = 100_000)
    {
        var counter = new CausalityCounter([.. Enumerable.Range(1, machines).Select(m => (long)events.Count(e => e.Machine == m))], seed: 5, exactLimit, sampleSize);
        foreach (var e in events.OrderBy(e => e.Machine).ThenBy(e => e.Tick))
        {
            counter.Observe(e.Machine, e.Tick, 0, e.Lamport, e.Vector);
        }

        return counter;
    }

    /// <summary>
    /// The definitions, pair by pair: a happened before b when b's vector entry for a's machine is at least a's tick;
    /// Lamport orders the pair when their clocks differ. Quadratic, and independent of the counter's sums and merges.
    /// </summary>
    private static (long Pairs, long Ordered, long Happened) ByDefinition(List<Event> events)
    {
        long pairs = 0, ordered = 0, happened = 0;
        for (var x = 0; x < events.Count; x++)
        {
            for (var y = x + 1; y < events.Count; y++)
            {
                var (a, b) = (events[x], events[y]);
                if (a.Machine == b.Machine)
                {
                    continue;
                }

                pairs++;
                if (a.Lamport != b.Lamport)
                {
                    ordered++;
                    if (b.Vector[a.Machine - 1] >= a.Tick || a.Vector[b.Machine - 1] >= b.Tick)
                    {
                        happened++;
                    }
                }
            }
        }

        return (pairs, ordered, happened);
    }

    [Fact]
    public void Figures_Exact_MatchThePairByPairDefinition()
    {
        var events = RunEvents(seed: 103, seconds: 40, 3, 1, 5, 2);

        var figures = Count(events, 4).Figures();

        var (pairs, ordered, happened) = ByDefinition(events);
        Assert.True(figures.Exact);
        Assert.Equal((pairs, ordered, happened, ordered - happened), (figures.Pairs, figures.LamportOrdered, figures.HappenedBefore, figures.Concurrent));
        Assert.Equal((double)(ordered - happened) / ordered, figures.FalseOrderShare, 12);
        Assert.Equal(6, figures.ByPair.Count);
        Assert.Equal(figures.Concurrent, figures.ByPair.Sum(p => p.Concurrent));
    }

    [Fact]
    public void Figures_Sampled_EstimateTheShareWithinTheirInterval()
    {
        var events = RunEvents(seed: 7, seconds: 60, 2, 6, 4);
        var (_, ordered, happened) = ByDefinition(events);
        var exactShare = (double)(ordered - happened) / ordered;

        var figures = Count(events, 3, exactLimit: 0, sampleSize: 20_000).Figures();

        Assert.False(figures.Exact);
        Assert.Equal(20_000, figures.SampledPairs);
        Assert.InRange(exactShare, figures.ShareLow, figures.ShareHigh);
        Assert.InRange(figures.ShareHigh - figures.ShareLow, 0.005, 0.03);
    }

    [Fact]
    public void Wilson_HandWorkedCase()
    {
        // 30 of 100, z = 1.95996: centre (0.3 + z²/200) / (1 + z²/100) = 0.30740; half-width
        // z·√(0.3·0.7/100 + z²/40000) / (1 + z²/100) = 0.08845.
        var (low, high) = CausalityCounter.Wilson(30, 100);

        Assert.Equal(0.21895, low, 5);
        Assert.Equal(0.39585, high, 5);
    }
}
