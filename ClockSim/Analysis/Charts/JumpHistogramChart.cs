using System.Globalization;
using ScottPlot;

namespace ClockSim.Analysis;

/// <summary>
/// Jump sizes as grouped bars, a bar per machine in each doubling bin, on a logarithmic count axis:
/// jumps of 1 outnumber the large ones by orders of magnitude, and a linear axis would hide the large ones.
/// </summary>
internal static class JumpHistogramChart
{
    /// <summary>Bars start at half an event, so a bin with one event still shows.</summary>
    private static readonly double Floor = Math.Log10(0.5);

    public static void Save(string path, IReadOnlyList<MachineAnalysis> machines)
    {
        using var plot = new Plot();
        var binCount = machines.Select(m => m.Jumps.Bins.Count).DefaultIfEmpty(0).Max();
        var groupWidth = machines.Count + 1;
        var bars = new List<Bar>();
        foreach (var (machine, index) in machines.Select((m, i) => (m, i)))
        {
            bars.AddRange(machine.Jumps.Bins.Select((count, bin) => (count, bin)).Where(x => x.count > 0).Select(x => new Bar
            {
                Position = (x.bin * groupWidth) + index,
                Value = Math.Log10(x.count),
                ValueBase = Floor,
                FillColor = ChartStyle.Of(machine.Machine),
            }));
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = machine.Label, FillColor = ChartStyle.Of(machine.Machine) });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, binCount).Select(bin => (bin * groupWidth) + ((machines.Count - 1) / 2.0))],
            [.. Enumerable.Range(0, binCount).Select(JumpCounts.BinLabel)]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            LabelFormatter = exponent => Math.Pow(10, exponent).ToString("N0", CultureInfo.InvariantCulture),
        };
        var top = bars.Select(b => b.Value).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimitsY(Floor, Math.Max(1, top + 0.3));
        ChartStyle.Label(plot, "Jump sizes per machine", "Jump size (clock units, bins double in width)", "Events (log scale)");
        plot.ShowLegend(Alignment.UpperRight);
        ChartStyle.Save(plot, path);
    }
}
