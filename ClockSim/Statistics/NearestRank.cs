using System.Diagnostics.CodeAnalysis;

namespace ClockSim.Statistics;

/// <summary>
/// Nearest-rank quantiles, the one rule behind every percentile the program reports: the q-quantile of n values
/// is the value of rank max(1, ⌈q·n⌉) in ascending order, the smallest value that at least a share q of the
/// values do not exceed. It is taken over sorted values or, without keeping every value, over counts per value.
/// </summary>
internal static class NearestRank
{
    /// <summary>The 1-based rank of the <paramref name="quantile"/> among <paramref name="count"/> values: max(1, ⌈q·n⌉).</summary>
    public static long Rank(double quantile, long count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        return Math.Max(1, (long)Math.Ceiling(quantile * count));
    }

    /// <param name="sorted">The values in ascending order.</param>
    /// <returns><see cref="double.NaN"/> when there are no values.</returns>
    public static double Of(IReadOnlyList<double> sorted, double quantile)
    {
        var rank = Rank(quantile, sorted.Count);
        return sorted.Count == 0 ? double.NaN : sorted[(int)rank - 1];
    }

    /// <summary>The quantile of values given as how often each occurred.</summary>
    /// <param name="ascending">Each value with its count, in ascending order of value.</param>
    /// <param name="total">The sum of the counts.</param>
    /// <returns>False when the counts hold no value.</returns>
    public static bool TryOfCounts<T>(IEnumerable<(T Value, long Count)> ascending, long total, double quantile, [MaybeNullWhen(false)] out T value)
    {
        var rank = Rank(quantile, total);
        long seen = 0;
        foreach (var (candidate, count) in ascending)
        {
            seen += count;
            if (seen >= rank)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
