using ScottPlot;

namespace ClockSim.Analysis;

/// <summary>Writes the five charts of a run into its folder and says which were written.</summary>
internal static class RunCharts
{
    public static IReadOnlyList<ChartFile> Write(RunAnalysis run)
    {
        var grid = ChartSampler.Grid(run.DurationSeconds * 1000);
        var clocks = run.Machines.Select(m => (m, ChartSampler.ClockAt(run.Timelines[m.Machine - 1], grid))).ToArray();
        var lead = Enumerable.Range(0, grid.Length).Select(k => clocks.Max(c => c.Item2[k])).ToArray();
        var drift = clocks.Select(c => (c.m, c.Item2.Select((clock, k) => clock - lead[k]).ToArray())).ToArray();
        var queues = run.Machines.Select(m => (m, ChartSampler.QueueMaxIn(run.Timelines[m.Machine - 1], grid))).ToArray();

        ChartFile[] charts =
        [
            new("Logical clock vs real time", "clock.png"),
            new("Drift: clock minus the largest clock vs real time", "drift.png"),
            new("Queue length vs real time", "queue.png"),
            new("Jump sizes per machine", "jumps.png"),
            new("Message delay vs real time", "delay.png"),
        ];

        TimeSeriesChart.Save(PathOf(run, charts[0]), charts[0].Title, "Logical clock (units)", grid, clocks, Alignment.UpperLeft);
        TimeSeriesChart.Save(PathOf(run, charts[1]), charts[1].Title, "Drift (clock units, 0 = leading)", grid, drift, Alignment.LowerLeft);
        TimeSeriesChart.Save(PathOf(run, charts[2]), charts[2].Title, "Queue length (messages, largest per interval)", grid, queues, Alignment.UpperLeft);
        JumpHistogramChart.Save(PathOf(run, charts[3]), run.Machines);
        DelayChart.Save(PathOf(run, charts[4]), run.Machines, run.Delays);
        return charts;
    }

    private static string PathOf(RunAnalysis run, ChartFile chart) => Path.Combine(run.Folder, chart.FileName);
}
