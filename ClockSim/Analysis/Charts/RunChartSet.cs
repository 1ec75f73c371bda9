using ClockSim.Analysis.Statistics;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// What the five charts of a run show, decided once: the series cut down to what a chart can show, the machines drawn
/// one by one and their looks, the band of the others. The report draws it in the browser; <see cref="PngCharts"/> draws
/// the same into PNG files.
/// </summary>
/// <param name="Lines">The look of each machine drawn one by one, in machine order; every figure's per-machine lists follow it.</param>
/// <param name="Together">The machines drawn together (a grey band or group), or null when every machine is drawn one by one.</param>
internal sealed record RunChartSet(
    IReadOnlyList<ChartLook> Lines, TogetherLook? Together, TimeSeriesFigure Clock, TimeSeriesFigure Drift, TimeSeriesFigure Queue,
    JumpFigure Jumps, DelayFigure Delay)
{
    private const int MarkersPerLine = 16;

    public static readonly ChartFile ClockFile = new("Logical clock vs real time", "clock.png");
    public static readonly ChartFile DriftFile = new("Drift: clock minus the largest clock vs real time", "drift.png");
    public static readonly ChartFile QueueFile = new("Queue length vs real time", "queue.png");
    public static readonly ChartFile JumpsFile = new("Jump sizes per machine", "jumps.png");
    public static readonly ChartFile DelayFile = new("Message delay vs real time", "delay.png");

    /// <summary>The five charts in the order the summary shows them.</summary>
    public static IReadOnlyList<ChartFile> Files { get; } = [ClockFile, DriftFile, QueueFile, JumpsFile, DelayFile];

    public static RunChartSet Of(RunAnalysis run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var drawn = ChartMachines.Of(run.Machines);
        var seconds = run.Charts.GridMs.Select(ms => ms / 1000).ToArray();
        var clocks = run.Machines.Select(m => run.Charts.Clocks[m.Machine - 1]).ToArray();
        var drift = DriftCalculator.AtInstants(clocks);
        var queues = run.Machines.Select(m => run.Charts.Queues[m.Machine - 1]).ToArray();
        var looks = drawn.OneByOne.Select(m => LookOf(m.Label, drawn.StyleOf(m.Machine), drawn.OneByOne.Count)).ToArray();
        var together = drawn.Together.Count > 0 ? new TogetherLook(drawn.TogetherLabel) : null;
        var xEnd = seconds.DefaultIfEmpty(0).Last();

        TimeSeriesFigure Series(ChartFile file, string yLabel, LegendCorner legend, IReadOnlyList<double[]> values) => new(
            file, file.Title, "Real time since the start (s)", yLabel, legend, xEnd,
            [.. drawn.OneByOne.Select((m, index) => LineOf(seconds, values[m.Machine - 1], index, drawn.OneByOne.Count))],
            together is null ? null : BandOf(seconds, [.. drawn.Together.Select(m => values[m.Machine - 1])], $"{together.Label}: lowest to highest"));

        return new RunChartSet(
            looks, together,
            Series(ClockFile, "Logical clock (units)", LegendCorner.UpperLeft, clocks),
            Series(DriftFile, "Drift (clock units, 0 = leading, never above)", LegendCorner.LowerLeft, drift),
            Series(QueueFile, "Queue length (messages, largest per interval)", LegendCorner.UpperLeft, queues),
            JumpsOf(drawn),
            DelayOf(drawn, run.Delays, run.DurationSeconds));
    }

    private static ChartLook LookOf(string label, int style, int count) =>
        new(label, style, ChartStyle.LineWidthOf(style, count));

    /// <summary>
    /// A line's step corners (the points where it changes value, plus its first and last: drawn as steps, they make the
    /// same line as every grid point) and its markers, evenly spaced and staggered between machines.
    /// </summary>
    private static StepLine LineOf(double[] seconds, double[] values, int index, int count)
    {
        var kept = Enumerable.Range(0, seconds.Length).Where(k => k == 0 || k == seconds.Length - 1 || values[k] != values[k - 1]).ToArray();
        var spacing = Math.Max(1, seconds.Length / MarkersPerLine);
        var offset = (spacing * index / Math.Max(1, count)) + (spacing / (2 * Math.Max(1, count)));
        var marked = Enumerable.Range(0, MarkersPerLine + 1).Select(j => offset + (j * spacing)).Where(k => k < seconds.Length).ToArray();
        return new StepLine(
            [.. kept.Select(k => seconds[k])], [.. kept.Select(k => values[k])],
            [.. marked.Select(k => seconds[k])], [.. marked.Select(k => values[k])]);
    }

    /// <summary>The lowest and highest of <paramref name="values"/> at each instant.</summary>
    private static StepBand BandOf(double[] seconds, IReadOnlyList<double[]> values, string label)
    {
        var low = new double[seconds.Length];
        var high = new double[seconds.Length];
        Array.Fill(low, double.PositiveInfinity);
        Array.Fill(high, double.NegativeInfinity);
        foreach (var series in values)
        {
            for (var k = 0; k < seconds.Length; k++)
            {
                low[k] = Math.Min(low[k], series[k]);
                high[k] = Math.Max(high[k], series[k]);
            }
        }

        return new StepBand(label, seconds, low, high);
    }

    private static JumpFigure JumpsOf(ChartMachines drawn)
    {
        List<long[]> counts = [.. drawn.OneByOne.Select(m => m.Jumps.Bins.ToArray())];
        if (drawn.Together.Count > 0)
        {
            counts.Add(SumOfBins(drawn.Together));
        }

        var binCount = counts.Select(c => c.Length).DefaultIfEmpty(0).Max();
        return new JumpFigure(
            JumpsFile, JumpsFile.Title, "Jump size (clock units, bins double in width)", "Events (logarithmic scale)",
            [.. Enumerable.Range(0, binCount).Select(JumpCounts.BinLabel)], counts, CountLabels(counts.SelectMany(c => c).DefaultIfEmpty(0).Max()),
            drawn.Together.Count > 0 ? $"{drawn.TogetherLabel}, together" : null);
    }

    /// <summary>The machines' counts per bin, added up.</summary>
    private static long[] SumOfBins(IReadOnlyList<MachineAnalysis> machines)
    {
        var sums = new long[machines.Max(m => m.Jumps.Bins.Count)];
        foreach (var machine in machines)
        {
            var bins = machine.Jumps.Bins;
            for (var bin = 0; bin < bins.Count; bin++)
            {
                sums[bin] += bins[bin];
            }
        }

        return sums;
    }

    /// <summary>Up to this many events the count axis is labelled at 1, 2, 5, 10, 20, 50, …; above, at powers of ten.</summary>
    private const long FineLabelsUpTo = 10_000;

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

    private static DelayFigure DelayOf(ChartMachines drawn, IReadOnlyList<DelaySamples> delays, double durationSeconds)
    {
        List<DelayPoints> points = [.. drawn.OneByOne.Select(m => PointsOf([delays[m.Machine - 1]], $"{m.Label}, {delays[m.Machine - 1].DelayMs.Count} received"))];
        if (drawn.Together.Count > 0)
        {
            var together = drawn.Together.Select(m => delays[m.Machine - 1]).ToArray();
            points.Add(PointsOf(together, $"{drawn.TogetherLabel}, {together.Sum(d => d.DelayMs.Count)} received"));
        }

        return new DelayFigure(DelayFile, "Message delay from send to receive, by receiver", "Real time of the receive (s)", "Delay (s)", durationSeconds, points);
    }

    /// <summary>Receives as points, thinned, in seconds on both axes.</summary>
    private static DelayPoints PointsOf(IReadOnlyList<DelaySamples> samples, string label)
    {
        var (x, y) = ChartSampler.Thin([.. samples.Select(d => ((IReadOnlyList<double>)d.ReceivedAtMs, (IReadOnlyList<double>)d.DelayMs))]);
        return new DelayPoints(label, [.. x.Select(ms => ms / 1000)], [.. y.Select(ms => ms / 1000)]);
    }
}

/// <summary>The legend label of the machines drawn together, and their colour, a translucent grey.</summary>
internal sealed record TogetherLook(string Label)
{
    /// <summary>The colour, as #RRGGBBAA.</summary>
    public string Color => ChartStyle.BandColor;
}

/// <summary>A machine's line as its step corners (the value holds until the next corner) and the few points that carry its markers.</summary>
internal sealed record StepLine(double[] X, double[] Y, double[] MarkerX, double[] MarkerY);

/// <summary>The lowest and highest value of the machines drawn together, at each instant.</summary>
internal sealed record StepBand(string Label, double[] X, double[] Low, double[] High);

/// <summary>The clock, drift or queue chart: a line per machine drawn one by one, and the band of the others.</summary>
internal sealed record TimeSeriesFigure(
    ChartFile File, string Title, string XLabel, string YLabel, LegendCorner Legend, double XEnd, IReadOnlyList<StepLine> Lines, StepBand? Band);

/// <summary>
/// Jump sizes as grouped bars: a count per bin for each machine drawn one by one, then the others' sums when some are
/// drawn together. The count axis plots log10(1 + count) and is labelled at <paramref name="Ticks"/>.
/// </summary>
internal sealed record JumpFigure(
    ChartFile File, string Title, string XLabel, string YLabel, IReadOnlyList<string> Bins, IReadOnlyList<long[]> Counts, long[] Ticks, string? TogetherLabel)
{
    /// <summary>The height of a bar of <paramref name="count"/> events.</summary>
    public static double Height(long count) => Math.Log10(1 + count);
}

/// <summary>The message-delay scatter: the receives of each machine drawn one by one, then the others' together.</summary>
internal sealed record DelayFigure(ChartFile File, string Title, string XLabel, string YLabel, double XEnd, IReadOnlyList<DelayPoints> Points);

/// <summary>Receives (x: when, y: how long after the send; both in seconds), thinned; the label says how many there were before.</summary>
internal sealed record DelayPoints(string Label, double[] X, double[] Y);
