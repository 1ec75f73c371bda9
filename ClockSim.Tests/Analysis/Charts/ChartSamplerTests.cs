using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Charts;

public sealed class ChartSamplerTests
{
    [Fact]
    public void ClockAt_Grid_IsTheValueAfterTheLastRowAtOrBeforeEachInstant()
    {
        var timeline = new MachineTimeline();
        timeline.Add(100, 1, 0);
        timeline.Add(250, 5, 0);

        Assert.Equal([0.0, 1, 1, 5, 5], ChartSampler.ClockAt(timeline, ChartSampler.Grid(400, 4)));
    }

    [Fact]
    public void QueueMaxIn_BurstBetweenTwoInstants_StillShows()
    {
        var timeline = new MachineTimeline();
        timeline.Add(120, 1, 9);
        timeline.Add(140, 2, 0);

        Assert.Equal([0.0, 0, 9, 0], ChartSampler.QueueMaxIn(timeline, [0, 100, 200, 300]));
    }

    [Fact]
    public void Thin_ManyPoints_KeepsAtMostTheLimitAndTheLargest()
    {
        double[] xs = [.. Enumerable.Range(0, 10_000).Select(i => (double)i)];
        double[] ys = [.. xs.Select(x => x == 4321 ? 1e9 : x)];

        var (x, y) = ChartSampler.Thin(xs, ys, 100);

        Assert.True(x.Length <= 101);
        Assert.Contains(1e9, y);
    }
}
