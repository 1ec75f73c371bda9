using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class MachineTimelineTests
{
    [Fact]
    public void TimeWeightedQueue_QueueGrowingByOneEachSecond_HoldsEachValueUntilTheNextTick()
    {
        var timeline = new MachineTimeline();
        for (var second = 1; second <= 4; second++)
        {
            timeline.Add(second * 1000, second, second);
        }

        // 0 for the first second, then 1, 2 and 3 for a second each; 4 lasts no time: 6 / 4.
        Assert.Equal(1.5, timeline.TimeWeightedQueue(4000), 12);
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(100, 1)]
    [InlineData(150, 1)]
    [InlineData(300, 3)]
    [InlineData(999, 3)]
    public void RowsAtOrBefore_Time_CountsTheTicksSoFar(double ms, int expected)
    {
        var timeline = new MachineTimeline();
        timeline.Add(100, 1, 0);
        timeline.Add(200, 2, 0);
        timeline.Add(300, 3, 0);

        Assert.Equal(expected, timeline.RowsAtOrBefore(ms));
    }

    [Fact]
    public void Add_MoreRowsThanTheFirstArrays_KeepsThemAll()
    {
        var timeline = new MachineTimeline();
        for (var i = 0; i < 5000; i++)
        {
            timeline.Add(i, i + 1, i % 7);
        }

        Assert.Equal(5000, timeline.Count);
        Assert.Equal(5000, timeline.ClockAt(4999));
        Assert.Equal(4999 % 7, timeline.QueueAt(4999));
    }
}
