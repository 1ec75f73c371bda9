namespace ClockSim.Analysis.Charts;

/// <summary>The machines' clock and largest queue at each instant of the charts' grid, machine i at index i − 1.</summary>
/// <param name="GridMs">The instants, in milliseconds since the start (<see cref="ChartSampler.Grid"/>).</param>
internal sealed record ChartSeries(double[] GridMs, IReadOnlyList<double[]> Clocks, IReadOnlyList<double[]> Queues);
