using System.Globalization;
using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// Jump sizes as PNG: grouped bars, a bar per machine in each doubling bin, every bin labelled. Jumps of 1 outnumber
/// the large ones by orders of magnitude, so the count axis is logarithmic; it plots log10(1 + count), so that its
/// baseline is 0 events, where every bar starts, and a bin with one event still has a bar.
/// </summary>
internal static class JumpHistogramChart
{
    public static void Save(string path, JumpFigure figure, RunChartSet charts)
    {
        using var plot = PngStyle.NewPlot();
        List<(string Label, Color Color)> groups = [.. charts.Lines.Select(look => (look.Label, PngStyle.ColorOf(look.Color)))];
        if (figure.TogetherLabel is { } togetherLabel && charts.Together is { } together)
        {
            groups.Add((togetherLabel, PngStyle.ColorOf(together.Color)));
        }

        var groupWidth = groups.Count + 1;
        var bars = new List<Bar>();
        foreach (var ((label, color), counts, index) in groups.Zip(figure.Counts).Select((g, i) => (g.First, g.Second, i)))
        {
            bars.AddRange(counts.Select((count, bin) => (count, bin)).Where(x => x.count > 0).Select(x => new Bar
            {
                Position = (x.bin * groupWidth) + index,
                Value = JumpFigure.Height(x.count),
                ValueBase = 0,
                FillColor = color,
            }));
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }

        var binCount = figure.Bins.Count;
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, binCount).Select(bin => (bin * groupWidth) + ((groups.Count - 1) / 2.0))], [.. figure.Bins]);
        plot.Axes.Left.SetTicks([.. figure.Ticks.Select(JumpFigure.Height)], [.. figure.Ticks.Select(c => c.ToString("N0", CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimitsY(0, JumpFigure.Height(figure.Ticks[^1]) * 1.08);
        plot.Axes.SetLimitsX(-1, Math.Max(binCount, 1) * groupWidth - 1);
        plot.Title(figure.Title);
        plot.XLabel(figure.XLabel);
        plot.YLabel(figure.YLabel);
        plot.ShowLegend(Alignment.UpperRight);
        PngStyle.Save(plot, path);
    }
}
