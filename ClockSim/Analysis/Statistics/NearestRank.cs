namespace ClockSim.Analysis;

/// <summary>Nearest-rank quantiles: the smallest value that at least the given share of the values do not exceed.</summary>
internal static class NearestRank
{
    /// <param name="sorted">The values in ascending order.</param>
    /// <returns><see cref="double.NaN"/> when there are no values.</returns>
    public static double Of(IReadOnlyList<double> sorted, double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
