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

    /// <summary>
    /// Every k-th point of the parts taken one after another, so that at most <paramref name="max"/> remain, always
    /// keeping the (first) largest y. The parts are read where they are, not copied into one list first.
    /// </summary>
    public static (double[] X, double[] Y) Thin(IReadOnlyList<(IReadOnlyList<double> X, IReadOnlyList<double> Y)> parts, int max = MaxScatterPoints)
    {
        var count = parts.Sum(p => p.X.Count);
        var step = count <= max ? 1 : (int)Math.Ceiling((double)count / max);
        var (largest, largestY, at) = (-1, double.NegativeInfinity, 0);
        foreach (var (_, ys) in parts)
        {
            for (var i = 0; i < ys.Count; i++, at++)
            {
                if (largest < 0 || ys[i] > largestY)
                {
                    (largest, largestY) = (at, ys[i]);
                }
            }
        }

        List<double> keptX = [], keptY = [];
        at = 0;
        foreach (var (xs, ys) in parts)
        {
            for (var i = 0; i < xs.Count; i++, at++)
            {
                if (at % step == 0 || at == largest)
                {
                    keptX.Add(xs[i]);
                    keptY.Add(ys[i]);
                }
            }
        }

        return ([.. keptX], [.. keptY]);
    }
}
