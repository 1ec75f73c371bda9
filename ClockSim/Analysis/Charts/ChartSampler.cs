namespace ClockSim.Analysis.Charts;

/// <summary>
/// Cuts series down to what a chart can show: a fixed grid of instants for the step functions (sampled by
/// <see cref="GridSampler"/>), every k-th point for scattered messages. A million rows draw as fast as a hundred.
/// </summary>
internal static class ChartSampler
{
    public const int GridPoints = 1000;
    public const int MaxScatterPoints = 3000;

    /// <summary><paramref name="points"/> + 1 instants from 0 to <paramref name="horizonMs"/>, in milliseconds.</summary>
    public static double[] Grid(double horizonMs, int points = GridPoints) =>
        [.. Enumerable.Range(0, points + 1).Select(k => horizonMs * k / points)];

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
