using ClockSim.Analysis;
using ClockSim.Model;

namespace ClockSim.Tests.Analysis;

public sealed class RunTimelinesTests
{
    private static readonly MachineEvent[] Rows = [Row(100, 1, 2), Row(250, 2, 0), Row(600, 5, 1)];

    [Fact]
    public void Series_OnTheForecastHorizon_AreThePassesOwn()
    {
        var timelines = Pass(forecastMs: 600);

        var series = timelines.Series(timelines.HorizonMs(elapsedSeconds: 1), _ => throw new InvalidOperationException("the rows are read again"));

        AssertSame(SeriesOf(600), series);
    }

    [Theory]
    [InlineData(500.0)]
    [InlineData(null)]
    public void Series_OnAnotherHorizonThanForecast_AreTakenAgainFromTheRows(double? forecastMs)
    {
        var timelines = Pass(forecastMs);
        var reads = 0;

        var series = timelines.Series(timelines.HorizonMs(elapsedSeconds: 1), _ =>
        {
            reads++;
            return Rows;
        });

        Assert.Equal(1, reads);
        AssertSame(SeriesOf(600), series);
    }

    [Fact]
    public void HorizonMs_NoRowLaterThanZero_IsTheElapsedTime()
    {
        var timelines = new RunTimelines(2, forecastHorizonMs: null);

        Assert.Equal(3000, timelines.HorizonMs(elapsedSeconds: 3));
    }

    private static RunTimelines Pass(double? forecastMs)
    {
        var timelines = new RunTimelines(1, forecastMs);
        foreach (var row in Rows)
        {
            timelines.Add(0, row);
        }

        return timelines;
    }

    private static HorizonSeries SeriesOf(double horizonMs)
    {
        var series = new HorizonSeries(1, horizonMs);
        foreach (var row in Rows)
        {
            series.Add(0, row.ElapsedMs, row.LogicalClock, row.QueueLength);
        }

        return series;
    }

    private static void AssertSame(HorizonSeries expected, HorizonSeries actual)
    {
        var (want, got) = (expected.Charts(), actual.Charts());
        Assert.Equal(want.GridMs, got.GridMs);
        Assert.Equal(want.Clocks[0], got.Clocks[0]);
        Assert.Equal(want.Queues[0], got.Queues[0]);
        Assert.Equal(expected.TimeWeightedQueue(0), actual.TimeWeightedQueue(0));
    }

    private static MachineEvent Row(double ms, long clock, int queue) =>
        new(1, clock, ms, EventKind.Internal, clock, 1, queue, MachineSet.Empty, MessageKey.None, null, null, null, ReadOnlyMemory<long>.Empty);
}
