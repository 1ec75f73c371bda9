using ClockSim.Analysis.Charts;
using ScottPlot;

namespace ClockSim.Sweeps;

/// <summary>A one-axis sweep's figure against the axis: a line per machine rank through the means, its 95 % band, and the model dashed.</summary>
internal static class SweepLineChart
{
    /// <summary>Above this many machines only the slowest, the middle and the fastest are drawn.</summary>
    private const int MostLines = 5;

    private const float MarkerSize = 7;

    /// <param name="value">A rank's mean, the ends of its interval and the model's value (NaN for none).</param>
    public static void Save(string path, string title, string yLabel, XAxis x, SweepSummary summary,
        Func<RankSummary, (double Mean, double Low, double High, double Model)> value)
    {
        using var plot = PngStyle.NewPlot();
        var machines = summary.Combinations.Max(c => c.MachineCount);
        foreach (var rank in Ranks(machines))
        {
            var points = summary.Combinations.Select((c, i) => (X: x.Positions[i], Runs: c.Runs, Rank: c.Machines.FirstOrDefault(m => m.Rank == rank)))
                .Where(p => p.Rank is not null && p.Runs > 0)
                .Select(p => (p.X, Value: value(p.Rank!), p.Rank!.Name))
                .OrderBy(p => p.X)
                .ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            Add(plot, rank, machines, points[0].Name, [.. points.Select(p => (p.X, p.Value))]);
        }

        Finish(plot, title, yLabel, x, path);
    }

    /// <summary>The same for a figure of the whole run, such as the false-order share: one line.</summary>
    public static void SaveRunFigure(string path, string title, string yLabel, XAxis x, SweepSummary summary, Func<CombinationSummary, FigureStatistics> figure)
    {
        using var plot = PngStyle.NewPlot();
        var points = summary.Combinations.Select((c, i) => (X: x.Positions[i], c.Runs, Figure: figure(c)))
            .Where(p => p.Runs > 0)
            .OrderBy(p => p.X)
            .Select(p => (p.X, (p.Figure.Mean, p.Figure.CiLow, p.Figure.CiHigh, p.Figure.Model)))
            .ToArray();
        Add(plot, 1, 1, "every machine", points);
        Finish(plot, title, yLabel, x, path);
    }

    private static void Add(Plot plot, int rank, int machines, string name, IReadOnlyList<(double X, (double Mean, double Low, double High, double Model) Value)> points)
    {
        var color = PngStyle.ColorOf(ChartStyle.ColorOf(rank));
        double[] xs = [.. points.Select(p => p.X)];
        var banded = points.Where(p => double.IsFinite(p.Value.Low) && double.IsFinite(p.Value.High)).ToArray();
        if (banded.Length > 1)
        {
            var band = plot.Add.FillY([.. banded.Select(p => p.X)], [.. banded.Select(p => p.Value.Low)], [.. banded.Select(p => p.Value.High)]);
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
        }

        double[] means = [.. points.Select(p => p.Value.Mean)];
        var line = plot.Add.Scatter(xs, means, color);
        line.LineWidth = ChartStyle.LineWidthOf(rank, machines);
        line.MarkerShape = PngStyle.ShapeOf(ChartStyle.MarkerOf(rank));
        line.MarkerSize = MarkerSize;
        line.LegendText = $"{name}: mean, 95 % CI";
        var modelled = points.Where(p => double.IsFinite(p.Value.Model)).ToArray();
        if (modelled.Length > 0)
        {
            double[] modelXs = [.. modelled.Select(p => p.X)];
            double[] modelYs = [.. modelled.Select(p => p.Value.Model)];
            var model = plot.Add.Scatter(modelXs, modelYs, color);
            model.LinePattern = LinePattern.Dashed;
            model.LineWidth = 2;
            model.MarkerSize = 0;
            model.LegendText = $"{name}: model";
        }
    }

    private static void Finish(Plot plot, string title, string yLabel, XAxis x, string path)
    {
        if (x.TickLabels is { } labels)
        {
            plot.Axes.Bottom.SetTicks([.. labels.Select((_, i) => (double)i)], [.. labels]);
        }

        plot.Title(title);
        plot.XLabel(x.Label);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperLeft);
        PngStyle.Save(plot, path);
    }

    /// <summary>Every rank, or the slowest, the middle and the fastest of a large mesh.</summary>
    private static IEnumerable<int> Ranks(int machines) =>
        machines <= MostLines ? Enumerable.Range(1, machines) : [1, (machines + 1) / 2, machines];
}
