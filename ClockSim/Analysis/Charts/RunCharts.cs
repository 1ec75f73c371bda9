using ClockSim.Analysis.Statistics;
using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>Writes the five charts of a run into its folder and says which were written.</summary>
internal static class RunCharts
{
    public static IReadOnlyList<ChartFile> Write(RunAnalysis run)
    {
        var grid = ChartSampler.Grid(run.DurationSeconds * 1000);
        var clocks = run.Machines.Select(m => ChartSampler.ClockAt(run.Timelines[m.Machine - 1], grid)).ToArray();
        var drift = DriftCalculator.AtInstants(clocks);
        var queues = run.Machines.Select(m => ChartSampler.QueueMaxIn(run.Timelines[m.Machine - 1], grid)).ToArray();

        ChartFile[] charts =
        [
            new("Logical clock vs real time", "clock.png"),
            new("Drift: clock minus the largest clock vs real time", "drift.png"),
            new("Queue length vs real time", "queue.png"),
            new("Jump sizes per machine", "jumps.png"),
            new("Message delay vs real time", "delay.png"),
        ];

        TimeSeriesChart.Save(PathOf(run, charts[0]), charts[0].Title, "Logical clock (units)", grid, PerMachine(run, clocks), Alignment.UpperLeft);
        TimeSeriesChart.Save(PathOf(run, charts[1]), charts[1].Title, "Drift (clock units, 0 = leading, never above)", grid, PerMachine(run, drift),
            Alignment.LowerLeft);
        TimeSeriesChart.Save(PathOf(run, charts[2]), charts[2].Title, "Queue length (messages, largest per interval)", grid, PerMachine(run, queues),
            Alignment.UpperLeft);
        JumpHistogramChart.Save(PathOf(run, charts[3]), run.Machines);
        DelayChart.Save(PathOf(run, charts[4]), run.Machines, run.Delays, run.DurationSeconds);
        return charts;
    }

    private static (MachineAnalysis, double[])[] PerMachine(RunAnalysis run, IReadOnlyList<double[]> series) =>
        [.. run.Machines.Select((m, i) => (m, series[i]))];

    private static string PathOf(RunAnalysis run, ChartFile chart) => Path.Combine(run.Folder, chart.FileName);
}
