using ClockSim.Analysis.Statistics;
using ClockSim.Model;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class FirstEventsInTimeTests
{
    /// <summary>In time order: machine 1 at 10 ms, machines 2 and 3 both at 20 ms, machine 1 again at 30 ms.</summary>
    private static readonly (int Machine, double Ms)[] Events = [(0, 10), (1, 20), (2, 20), (0, 30)];

    private static (List<(int Machine, double Ms)> Taken, double? UntilMs) Cut(long limit)
    {
        var taken = new List<(int, double)>();
        var first = new FirstEventsInTime(limit, (machine, row) => taken.Add((machine, row.ElapsedMs)));
        foreach (var (machine, ms) in Events)
        {
            first.Add(machine, Event(machine + 1, ms));
        }

        first.Complete();
        return (taken, first.UntilMs);
    }

    [Fact]
    public void Cut_AboveTheLimit_EndsAtTheLastInstantThatFits()
    {
        var (taken, until) = Cut(limit: 3);

        Assert.Equal([(0, 10.0), (1, 20.0), (2, 20.0)], taken);
        Assert.Equal(20, until);
    }

    [Fact]
    public void Cut_ThroughAnInstant_LeavesEveryEventOfThatInstantOut()
    {
        var (taken, until) = Cut(limit: 2);

        Assert.Equal([(0, 10.0)], taken);
        Assert.Equal(Math.BitDecrement(20.0), until);
    }

    [Fact]
    public void Cut_AtOrAboveTheRunsEvents_TakesThemAll()
    {
        Assert.Equal((4, null), (Cut(limit: 4).Taken.Count, Cut(limit: 4).UntilMs));
        Assert.Equal((4, null), (Cut(long.MaxValue).Taken.Count, Cut(long.MaxValue).UntilMs));
    }

    private static MachineEvent Event(int machine, double ms) =>
        new(machine, 1, ms, EventKind.Internal, 1, 1, 0, MachineSet.Empty, default, null, null, null, ReadOnlyMemory<long>.Empty);
}
