using ClockSim.Analysis.Charts;
using ScottPlot;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Sweeps;

/// <summary>
/// The charts of a sweep, into its results folder: for one axis, each machine's mean against the axis with its 95 %
/// confidence band and the model's prediction dashed beside it; for two axes, a heatmap per figure of the slowest
/// machine (or of the run), each cell labelled with its mean and the model's value. Other sweeps get no charts.
/// </summary>
internal static class SweepCharts
{
    private static readonly (ChartFile File, SweepFigure Figure)[] Figures =
    [
        (new("Queue growth of each machine", "queue-growth.png"), SweepFigures.QueueGrowth),
        (new("Mean drift of each machine", "drift.png"), SweepFigures.DriftMean),
        (new("Mean jump of each machine", "jump-mean.png"), SweepFigures.JumpMean),
    ];

    private static readonly ChartFile Grows = new("Share of runs whose queue grew", "queue-grows.png");
    private static readonly ChartFile FalseOrder = new("False-order share: Lamport-ordered pairs that are concurrent", "false-order.png");
    private static readonly ChartFile Reach = new("Causal reach time: until an event reaches every machine", "causal-reach.png");

    public static IReadOnlyList<ChartFile> Write(string folder, SweepSummary summary)
    {
        if (summary.Axes.Count is not (1 or 2) || summary.Combinations.All(c => c.Runs == 0))
        {
            return [];
        }

        var charts = new List<ChartFile>();
        if (summary.Axes.Count == 1)
        {
            var x = XAxis.Of(summary);
            foreach (var (file, figure) in Figures)
            {
                SweepLineChart.Save(Path.Combine(folder, file.FileName), file.Title, figure.Title, x, summary,
                    m => (m[figure].Mean, m[figure].CiLow, m[figure].CiHigh, m[figure].Model));
                charts.Add(file);
            }

            SweepLineChart.Save(Path.Combine(folder, Grows.FileName), Grows.Title, "Share of runs (queue grows)", x, summary,
                m => (m.QueueGrows.Share, m.QueueGrows.Low, m.QueueGrows.High, m.ModelQueueGrows));
            SweepLineChart.SaveRunFigure(Path.Combine(folder, FalseOrder.FileName), FalseOrder.Title, "False-order share", x, summary,
                c => c.FalseOrderShare);
            SweepLineChart.SaveRunFigure(Path.Combine(folder, Reach.FileName), Reach.Title, "Causal reach time (s)", x, summary,
                c => c.CausalReachSeconds);
            charts.AddRange([Grows, FalseOrder, Reach]);
            return charts;
        }

        foreach (var (file, figure) in Figures)
        {
            Draw(file with { Title = file.Title.Replace("each machine", "the slowest machine", StringComparison.Ordinal) }, figure.Title,
                c => (c.Machines[0][figure].Mean, c.Machines[0][figure].Model), figure.Decimals);
        }

        Draw(Grows with { Title = Grows.Title + " (slowest machine)" }, "Share of runs", c => (c.Machines[0].QueueGrows.Share, c.Machines[0].ModelQueueGrows), 2);
        Draw(FalseOrder, "False-order share", c => (c.FalseOrderShare.Mean, double.NaN), 3);
        Draw(Reach, "Causal reach time (s)", c => (c.CausalReachSeconds.Mean, double.NaN), 3);
        return charts;

        void Draw(ChartFile file, string scale, Func<CombinationSummary, (double Mean, double Model)> value, int decimals)
        {
            if (Heatmap(Path.Combine(folder, file.FileName), file.Title, scale, summary, value, decimals))
            {
                charts.Add(file);
            }
        }
    }

    /// <summary>
    /// The first axis across, the second up; a cell per combination, its colour the mean, its label the mean and the model. A
    /// combination whose figure has no value (a run without messages has no false order) is a grey cell; a figure that has no
    /// value in any combination has no chart.
    /// </summary>
    /// <returns>Whether the chart was drawn.</returns>
    private static bool Heatmap(string path, string title, string scale, SweepSummary summary, Func<CombinationSummary, (double Mean, double Model)> value, int decimals)
    {
        var columns = summary.Combinations.Select(c => c.Values[0].Value).Distinct().ToArray();
        var rows = summary.Combinations.Select(c => c.Values[1].Value).Distinct().ToArray();
        var intensities = new double[rows.Length, columns.Length];
        var means = summary.Combinations.Select(c => c.Runs > 0 ? value(c).Mean : double.NaN).Where(double.IsFinite).ToArray();
        if (means.Length == 0)
        {
            return false;
        }

        using var plot = PngStyle.NewPlot();
        foreach (var combination in summary.Combinations)
        {
            var column = Array.IndexOf(columns, combination.Values[0].Value);
            var row = Array.IndexOf(rows, combination.Values[1].Value);
            var (mean, model) = combination.Runs > 0 ? value(combination) : (double.NaN, double.NaN);
            // The heatmap draws its first row of intensities at the top, each cell centred on whole coordinates.
            intensities[rows.Length - 1 - row, column] = mean;
            var label = plot.Add.Text(Fixed(mean, decimals) + (double.IsFinite(model) ? $"\nmodel {Fixed(model, decimals)}" : ""), column, row);
            label.Alignment = Alignment.MiddleCenter;
            label.LabelFontSize = 13;
            label.LabelBackgroundColor = Colors.White.WithAlpha(0.75);
        }

        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.ManualRange = new ScottPlot.Range(means.Min(), means.Max());
        heatmap.NaNCellColor = Colors.LightGray;
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.MoveToBack(heatmap);
        plot.Add.ColorBar(heatmap, Edge.Right).Label = scale;
        plot.Axes.Bottom.SetTicks([.. columns.Select((_, i) => (double)i)], columns);
        plot.Axes.Left.SetTicks([.. rows.Select((_, i) => (double)i)], rows);
        plot.Axes.SetLimits(-0.5, columns.Length - 0.5, -0.5, rows.Length - 0.5);
        plot.Title(title);
        plot.XLabel(summary.Axes[0]);
        plot.YLabel(summary.Axes[1]);
        PngStyle.Save(plot, path);
        return true;
    }
}
