using ClockSim.Analysis.Causality;
using ClockSim.Configuration;
using ClockSim.Tests.Engines.Virtual;

namespace ClockSim.Tests.Analysis.Causality;

public sealed class CausalReachTests
{
    private sealed record Event(int Machine, long Tick, double Ms, long[] Vector)
    {
        public long Lamport { get; init; }
    }

    /// <summary>
    /// Three machines. M1 sends to M2 (received at 100 ms); M2 sends to M3 (received at 300 ms); M3 sends to M1
    /// (received at 500 ms). Nothing of M3 ever reaches M2, and nothing after M1's first tick reaches M2 either.
    /// </summary>
    private static readonly Event[] HandRun =
    [
        new(1, 1, 0, [1, 0, 0]),
        new(2, 1, 100, [1, 1, 0]),
        new(3, 1, 150, [0, 0, 1]),
        new(2, 2, 200, [1, 2, 0]),
        new(3, 2, 300, [1, 2, 2]),
        new(3, 3, 350, [1, 2, 3]),
        new(1, 2, 400, [2, 0, 0]),
        new(1, 3, 500, [3, 2, 3]),
        new(2, 3, 600, [1, 3, 0]),
    ];

    private static CausalReachFigures Reach(IEnumerable<Event> events, int machines, long workLimit = long.MaxValue)
    {
        var list = events.ToList();
        var reach = new CausalReach([.. Enumerable.Range(1, machines).Select(m => (long)list.Count(e => e.Machine == m))], workLimit);
        foreach (var e in list)
        {
            reach.Observe(e.Machine - 1, e.Tick, e.Ms, e.Vector);
        }

        return reach.Figures();
    }

    [Fact]
    public void Figures_HandRun_AverageTheCompletedReaches()
    {
        // M1#1 reaches M2 at 100 and M3 at 300: 300 ms. M2#1 reaches M3 at 300 and M1 at 500: 400 ms. M2#2 (200 ms)
        // reaches M3 at 300 and M1 at 500: 300 ms. No other event reaches both other machines.
        var figures = Reach(HandRun, 3);

        Assert.Equal((9L, 3L, 6L, 1), (figures.Events, figures.Completed, figures.NotCompleted, figures.Stride));
        Assert.Equal(1000.0 / 3 / 1000, figures.MeanSeconds, 12);
        Assert.Equal(6.0 / 9, figures.NotCompletedShare, 12);
    }

    [Fact]
    public void Figures_MachineByMachine_EqualTheFiguresInTimeOrder()
    {
        // A run folder is read file by file, not in time order.
        Assert.Equal(Reach(HandRun, 3), Reach(HandRun.OrderBy(e => e.Machine).ThenBy(e => e.Tick), 3));
    }

    [Fact]
    public void Figures_AboveTheWorkLimit_FollowEveryStrideTick()
    {
        // Work (3 − 1) × 9 = 18 over a limit of 9: ticks 1 and 3 of each machine. M1#1 (300 ms) and M2#1 (400 ms) complete.
        var figures = Reach(HandRun, 3, workLimit: 9);

        Assert.Equal((6L, 2L, 4L, 2), (figures.Events, figures.Completed, figures.NotCompleted, figures.Stride));
        Assert.Equal(0.35, figures.MeanSeconds, 12);
    }

    [Fact]
    public void Figures_VirtualRun_MatchTheEventByEventDefinition()
    {
        var events = RunEvents(VirtualRun.Options(seed: 11, seconds: 20, 3, 1, 5));

        var figures = Reach(events, 3);

        var reaches = events.Select(e => ByDefinition(events, e)).ToList();
        var completed = reaches.Where(r => r is not null).Select(r => r!.Value).ToList();
        Assert.Equal(events.Count, figures.Events);
        Assert.Equal(completed.Count, figures.Completed);
        Assert.InRange(figures.NotCompleted, 1, events.Count / 2);
        Assert.Equal(completed.Average() / 1000, figures.MeanSeconds, 9);
    }

    [Fact]
    public void Figures_Partitioned_CountEveryEventAsNotCompleted()
    {
        var options = VirtualRun.Options(seed: 3, seconds: 30, 4, 2, 5);
        options.Network = new NetworkOptions { Partitions = [new PartitionOptions { FromSeconds = 0, ToSeconds = 30, Groups = [[1, 2], [3]] }] };
        var events = RunEvents(options);
        var counter = new CausalityCounter([.. Enumerable.Range(1, 3).Select(m => (long)events.Count(e => e.Machine == m))], seed: 3);
        foreach (var e in events)
        {
            counter.Observe(e.Machine, e.Tick, e.Ms, e.Lamport, e.Vector);
        }

        var figures = counter.Figures().Reach;

        Assert.Equal(events.Count, figures.Events);
        Assert.Equal(0, figures.Completed);
        Assert.Equal(events.Count, figures.NotCompleted);
        Assert.Equal(1.0, figures.NotCompletedShare);
        Assert.True(double.IsNaN(figures.MeanSeconds));
    }

    [Fact]
    public void MeanSeconds_MachinesThatKeepUp_StayPutAsTheRunGrowsLonger()
    {
        // The false-order share of machines that keep up falls as 1 / duration; the reach time should not.
        var shortRun = Causality(VirtualRun.Options(seed: 21, seconds: 60, 2, 4, 6));
        var longRun = Causality(VirtualRun.Options(seed: 21, seconds: 240, 2, 4, 6));

        Assert.InRange(longRun.Reach.MeanSeconds / shortRun.Reach.MeanSeconds, 0.8, 1.25);
        Assert.InRange(shortRun.FalseOrderShare / longRun.FalseOrderShare, 2.5, 6);
    }

    private static CausalityFigures Causality(SimulationOptions options)
    {
        var events = RunEvents(options);
        var counter = new CausalityCounter([.. Enumerable.Range(1, options.TickRates.Length).Select(m => (long)events.Count(e => e.Machine == m))], seed: 1);
        foreach (var e in events)
        {
            counter.Observe(e.Machine, e.Tick, e.Ms, e.Lamport, e.Vector);
        }

        return counter.Figures();
    }

    private static List<Event> RunEvents(SimulationOptions options)
    {
        var run = new VirtualRun(options);
        run.Run();
        return [.. run.Events.SelectMany(m => m.All.Zip(m.Vectors, (e, v) => new Event(e.Machine, e.Tick, e.ElapsedMs, v) { Lamport = e.LogicalClock }))];
    }

    /// <summary>The reach of <paramref name="e"/> in milliseconds straight from the definition, or null when some machine never has it in its past.</summary>
    private static double? ByDefinition(List<Event> events, Event e)
    {
        double latest = e.Ms;
        foreach (var machine in events.Select(x => x.Machine).Distinct().Where(m => m != e.Machine))
        {
            var first = events.Where(x => x.Machine == machine && x.Vector[e.Machine - 1] >= e.Tick).OrderBy(x => x.Tick).FirstOrDefault();
            if (first is null)
            {
                return null;
            }

            latest = Math.Max(latest, first.Ms);
        }

        return latest - e.Ms;
    }
}
