namespace ClockSim.Analysis.Charts;

/// <summary>Draws the five charts of a run (<see cref="RunChartSet"/>) into PNG files in its folder and says which were written.</summary>
internal static class PngCharts
{
    public static IReadOnlyList<ChartFile> Write(RunChartSet charts, string folder)
    {
        ArgumentNullException.ThrowIfNull(charts);
        foreach (var series in (TimeSeriesFigure[])[charts.Clock, charts.Drift, charts.Queue])
        {
            TimeSeriesChart.Save(Path.Combine(folder, series.File.FileName), series, charts);
        }

        JumpHistogramChart.Save(Path.Combine(folder, charts.Jumps.File.FileName), charts.Jumps, charts);
        DelayChart.Save(Path.Combine(folder, charts.Delay.File.FileName), charts.Delay, charts);
        return RunChartSet.Files;
    }
}
