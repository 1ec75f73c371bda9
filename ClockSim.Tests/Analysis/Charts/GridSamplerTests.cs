using ClockSim.Analysis.Charts;

namespace ClockSim.Tests.Analysis.Charts;

public sealed class GridSamplerTests
{
    [Fact]
    public void Complete_Clock_IsTheValueAfterTheLastRowAtOrBeforeEachInstant()
    {
        var sampler = new GridSampler(ChartSampler.Grid(400, 4));
        sampler.Add(100, 1, 0);
        sampler.Add(250, 5, 0);

        Assert.Equal([0.0, 1, 1, 5, 5], sampler.Complete().Clocks);
    }

    [Fact]
    public void Complete_QueueBurstBetweenTwoInstants_StillShows()
    {
        var sampler = new GridSampler([0, 100, 200, 300]);
        sampler.Add(120, 1, 9);
        sampler.Add(140, 2, 0);

        Assert.Equal([0.0, 0, 9, 0], sampler.Complete().Queues);
    }

    /// <summary>
    /// The sampler takes the rows one by one; the definition it must agree with walks the rows and the grid together,
    /// the rows as a list, and stops at the first row that is not at or before an instant. Rows out of time order, past
    /// the grid's end and not a number are among them, as a damaged file gives.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Complete_RandomRows_AgreesWithAWalkOfTheRows(int seed)
    {
        var random = new Random(seed);
        var rows = new List<(double Time, long Clock, int Queue)>();
        var time = 0.0;
        for (var row = 0; row < 500; row++)
        {
            time += random.Next(0, 4) == 0 ? 0 : random.NextDouble() * 3;
            var at = random.Next(100) switch
            {
                0 => time - 5,
                1 when seed == 3 => double.NaN,
                _ => time,
            };
            rows.Add((at, row + 1, random.Next(0, 6)));
        }

        var grid = ChartSampler.Grid(seed == 2 ? 400 : 1000, 50);
        var sampler = new GridSampler(grid);
        foreach (var (at, clock, queue) in rows)
        {
            sampler.Add(at, clock, queue);
        }

        var (clocks, queues) = sampler.Complete();
        Assert.Equal(ClockByWalk(rows, grid), clocks);
        Assert.Equal(QueueByWalk(rows, grid), queues);
    }

    private static double[] ClockByWalk(List<(double Time, long Clock, int Queue)> rows, double[] grid)
    {
        var values = new double[grid.Length];
        var row = 0;
        long clock = 0;
        for (var k = 0; k < grid.Length; k++)
        {
            while (row < rows.Count && rows[row].Time <= grid[k])
            {
                clock = rows[row++].Clock;
            }

            values[k] = clock;
        }

        return values;
    }

    private static double[] QueueByWalk(List<(double Time, long Clock, int Queue)> rows, double[] grid)
    {
        var values = new double[grid.Length];
        var row = 0;
        var held = 0;
        for (var k = 0; k < grid.Length; k++)
        {
            var peak = held;
            while (row < rows.Count && rows[row].Time <= grid[k])
            {
                held = rows[row++].Queue;
                peak = Math.Max(peak, held);
            }

            values[k] = peak;
        }

        return values;
    }
}
