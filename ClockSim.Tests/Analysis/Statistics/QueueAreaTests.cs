using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class QueueAreaTests
{
    [Fact]
    public void Mean_QueueGrowingByOneEachSecond_HoldsEachValueUntilTheNextTick()
    {
        var queue = new QueueArea(4000);
        for (var second = 1; second <= 4; second++)
        {
            queue.Add(second * 1000, second);
        }

        // 0 for the first second, then 1, 2 and 3 for a second each; 4 lasts no time: 6 / 4.
        Assert.Equal(1.5, queue.Mean(), 12);
    }

    [Fact]
    public void Mean_RowPastTheHorizon_CountsOnlyUpToIt()
    {
        var queue = new QueueArea(2000);
        queue.Add(1000, 4);
        queue.Add(3000, 8);

        // 4 from 1 s to the horizon at 2 s; the row at 3 s holds for no time within it.
        Assert.Equal(2, queue.Mean(), 12);
    }

    [Fact]
    public void Mean_NoRows_IsZero_AndNoHorizon_IsNotANumber()
    {
        Assert.Equal(0, new QueueArea(1000).Mean());
        Assert.True(double.IsNaN(new QueueArea(0).Mean()));
    }
}
