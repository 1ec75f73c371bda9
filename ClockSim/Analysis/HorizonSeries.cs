using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Statistics;

namespace ClockSim.Analysis;

/// <summary>
/// What the analysis takes of the machines' rows on a horizon known beforehand: each machine's clock and queue on the
/// charts' grid, from 0 to the horizon, and its time-weighted queue over it. Each machine's rows are added in file order.
/// </summary>
internal sealed class HorizonSeries
{
    private readonly GridSampler[] _grid;
    private readonly QueueArea[] _queues;
    private readonly double[] _gridMs;

    /// <param name="machines">How many machines; machine i (from 0) at index i.</param>
    /// <param name="horizonMs">The end of the run (<see cref="RunHorizon"/>).</param>
    public HorizonSeries(int machines, double horizonMs)
    {
        HorizonMs = horizonMs;
        _gridMs = ChartSampler.Grid(RunHorizon.Seconds(horizonMs) * 1000);
        _grid = [.. Enumerable.Range(0, machines).Select(_ => new GridSampler(_gridMs))];
        _queues = [.. Enumerable.Range(0, machines).Select(_ => new QueueArea(horizonMs))];
    }

    public double HorizonMs { get; }

    public void Add(int machine, double elapsedMs, long clock, int queue)
    {
        _grid[machine].Add(elapsedMs, clock, queue);
        _queues[machine].Add(elapsedMs, queue);
    }

    /// <summary>The time-weighted mean of machine <paramref name="machine"/>'s queue (from 0) over [0, horizon].</summary>
    public double TimeWeightedQueue(int machine) => _queues[machine].Mean();

    /// <summary>The charts' series, once every row has been added.</summary>
    public ChartSeries Charts()
    {
        var series = _grid.Select(g => g.Complete()).ToArray();
        return new ChartSeries(_gridMs, [.. series.Select(s => s.Clocks)], [.. series.Select(s => s.Queues)]);
    }
}
