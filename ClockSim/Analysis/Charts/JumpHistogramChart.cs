using System.Globalization;
using ClockSim.Analysis.Statistics;
using ScottPlot;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// Jump sizes as grouped bars, a bar per machine in each doubling bin, every bin labelled. Jumps of 1 outnumber the
/// large ones by orders of magnitude, so the count axis is logarithmic; it plots log10(1 + count), so that its
/// baseline is 0 events, where every bar starts, and a bin with one event still has a bar.
/// </summary>
internal static class JumpHistogramChart
{
    /// <summary>Up to this many events the count axis is labelled at 1, 2, 5, 10, 20, 50, …; above, at powers of ten.</summary>
    private const long FineLabelsUpTo = 10_000;

    public static void Save(string path, IReadOnlyList<MachineAnalysis> machines)
    {
        using var plot = new Plot();
        var drawn = ChartMachines.Of(machines);
        List<(long[] Bins, Color Color, LegendItem Legend)> groups =
        [
            .. drawn.OneByOne.Select(m => (m.Jumps.Bins.ToArray(), ChartStyle.Of(drawn.StyleOf(m.Machine)), new LegendItem { LabelText = m.Label, FillColor = ChartStyle.Of(drawn.StyleOf(m.Machine)) })),
        ];
        if (drawn.Together.Count > 0)
        {
            groups.Add((SumOfBins(drawn.Together), ChartStyle.BandColor, new LegendItem { LabelText = $"{drawn.TogetherLabel}, together", FillColor = ChartStyle.BandColor }));
        }

        var binCount = groups.Select(g => g.Bins.Length).DefaultIfEmpty(0).Max();
        var groupWidth = groups.Count + 1;
        var bars = new List<Bar>();
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            bars.AddRange(group.Bins.Select((count, bin) => (count, bin)).Where(x => x.count > 0).Select(x => new Bar
            {
                Position = (x.bin * groupWidth) + index,
                Value = Height(x.count),
                ValueBase = 0,
                FillColor = group.Color,
            }));
            plot.Legend.ManualItems.Add(group.Legend);
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, binCount).Select(bin => (bin * groupWidth) + ((groups.Count - 1) / 2.0))],
            [.. Enumerable.Range(0, binCount).Select(JumpCounts.BinLabel)]);
        var largest = groups.SelectMany(g => g.Bins).DefaultIfEmpty(0).Max();
        var labels = CountLabels(largest);
        plot.Axes.Left.SetTicks([.. labels.Select(Height)], [.. labels.Select(c => c.ToString("N0", CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimitsY(0, Height(labels[^1]) * 1.08);
        plot.Axes.SetLimitsX(-1, Math.Max(binCount, 1) * groupWidth - 1);
        plot.Title("Jump sizes per machine");
        plot.XLabel("Jump size (clock units, bins double in width)");
        plot.YLabel("Events (logarithmic scale)");
        plot.ShowLegend(Alignment.UpperRight);
        ChartStyle.Save(plot, path);
    }

    private static double Height(long count) => Math.Log10(1 + count);

    /// <summary>The machines' counts per bin, added up.</summary>
    private static long[] SumOfBins(IReadOnlyList<MachineAnalysis> machines)
    {
        var sums = new long[machines.Max(m => m.Jumps.Bins.Count)];
        foreach (var machine in machines)
        {
            for (var bin = 0; bin < machine.Jumps.Bins.Count; bin++)
            {
                sums[bin] += machine.Jumps.Bins[bin];
            }
        }

        return sums;
    }

    /// <summary>0, then 1, 2, 5, 10, … (or 1, 10, 100, … for large counts) up to the first label at or above <paramref name="largest"/> (at least 1).</summary>
    public static long[] CountLabels(long largest)
    {
        long[] steps = largest <= FineLabelsUpTo ? [1, 2, 5] : [1];
        var labels = new List<long> { 0 };
        for (long decade = 1; labels[^1] < Math.Max(1, largest); decade *= 10)
        {
            foreach (var step in steps)
            {
                if (labels[^1] < Math.Max(1, largest))
                {
                    labels.Add(step * decade);
                }
            }
        }

        return [.. labels];
    }
}
