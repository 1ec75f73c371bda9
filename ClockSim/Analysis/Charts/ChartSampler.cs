using ClockSim.Analysis.Statistics;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// Cuts series down to what a chart can show: a fixed grid of instants for the step functions, every
/// k-th point for scattered messages. A million rows draw as fast as a hundred.
/// </summary>
internal static class ChartSampler
{
    public const int GridPoints = 1000;
    public const int MaxScatterPoints = 3000;

    /// <summary><paramref name="points"/> + 1 instants from 0 to <paramref name="horizonMs"/>, in milliseconds.</summary>
    public static double[] Grid(double horizonMs, int points = GridPoints) =>
        [.. Enumerable.Range(0, points + 1).Select(k => horizonMs * k / points)];

    /// <summary>The clock at each grid instant: the value after the last row at or before it, 0 before the first row.</summary>
    public static double[] ClockAt(MachineTimeline timeline, IReadOnlyList<double> gridMs)
    {
        var values = new double[gridMs.Count];
        var row = 0;
        long clock = 0;
        for (var k = 0; k < gridMs.Count; k++)
        {
            while (row < timeline.Count && timeline.TimeAt(row) <= gridMs[k])
            {
                clock = timeline.ClockAt(row++);
            }

            values[k] = clock;
        }

        return values;
    }

    /// <summary>
    /// The largest queue length in each grid interval (g[k−1], g[k]], counting the length held from before it,
    /// so a burst between two grid instants still shows.
    /// </summary>
    public static double[] QueueMaxIn(MachineTimeline timeline, IReadOnlyList<double> gridMs)
    {
        var values = new double[gridMs.Count];
        var row = 0;
        var held = 0;
        for (var k = 0; k < gridMs.Count; k++)
        {
            var peak = held;
            while (row < timeline.Count && timeline.TimeAt(row) <= gridMs[k])
            {
                held = timeline.QueueAt(row++);
                peak = Math.Max(peak, held);
            }

            values[k] = peak;
        }

        return values;
    }

    /// <summary>Every k-th point, so that at most <paramref name="max"/> remain, always keeping the largest y.</summary>
    public static (double[] X, double[] Y) Thin(IReadOnlyList<double> xs, IReadOnlyList<double> ys, int max = MaxScatterPoints)
    {
        if (xs.Count <= max)
        {
            return ([.. xs], [.. ys]);
        }

        var step = (int)Math.Ceiling((double)xs.Count / max);
        var largest = Enumerable.Range(0, ys.Count).MaxBy(i => ys[i]);
        var kept = Enumerable.Range(0, xs.Count).Where(i => i % step == 0 || i == largest).ToArray();
        return ([.. kept.Select(i => xs[i])], [.. kept.Select(i => ys[i])]);
    }
}
