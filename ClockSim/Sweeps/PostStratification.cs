using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace ClockSim.Sweeps;

/// <summary>
/// Post-stratification by the rates a sweep drew: the runs are grouped by their multiset of rates (a stratum), and a
/// figure's mean is Σ P(s)·mean_s, where P(s) is the exact chance of the multiset s when each of N machines draws a
/// whole rate uniformly and independently from K values: N! / Π c_v! / K^N, c_v the machines at rate v. Its variance is
/// Σ P(s)²·var_s / n_s and its 95 % interval normal. So a sweep that drew an unlucky mix of rates is weighted back to the
/// distribution it draws from, and its interval covers only the seed-to-seed spread within each mix.
/// </summary>
/// <remarks>
/// A stratum without runs has no mean: the weights are renormalised over the strata that have one (assuming the
/// missing ones average like the rest), and the missing probability is reported beside the figure. A stratum of one
/// run has a mean but no variance of its own: it takes the pooled variance within the other strata.
/// </remarks>
internal static class PostStratification
{
    /// <summary>The chance of drawing the multiset <paramref name="rates"/> (any order), each rate uniform over <paramref name="minRate"/> … <paramref name="maxRate"/>; 0 for a rate outside them.</summary>
    public static double Probability(IReadOnlyList<double> rates, int minRate, int maxRate)
    {
        var values = maxRate - minRate + 1;
        if (rates.Any(r => r != Math.Round(r) || r < minRate || r > maxRate))
        {
            return 0;
        }

        var logCount = SpecialFunctions.FactorialLn(rates.Count) - rates.GroupBy(r => r).Sum(g => SpecialFunctions.FactorialLn(g.Count()));
        return Math.Exp(logCount - (rates.Count * Math.Log(values)));
    }

    /// <summary>How many multisets N machines can draw from K rates: C(K + N − 1, N).</summary>
    public static double StrataCount(int machines, int minRate, int maxRate) =>
        Combinatorics.CombinationsWithRepetition(maxRate - minRate + 1, machines);

    /// <param name="strata">Each stratum's probability and its runs' values (those that are not finite are left out).</param>
    public static WeightedFigure Estimate(IReadOnlyList<(double Probability, IReadOnlyList<double> Values)> strata)
    {
        var observed = strata.Select(s => (s.Probability, Values: s.Values.Where(double.IsFinite).ToArray()))
            .Where(s => s.Values.Length > 0 && s.Probability > 0).ToArray();
        var covered = observed.Sum(s => s.Probability);
        if (observed.Length == 0)
        {
            return new WeightedFigure(double.NaN, double.NaN, double.NaN, 1);
        }

        var spread = observed.Where(s => s.Values.Length > 1).ToArray();
        var pooledDegrees = spread.Sum(s => s.Values.Length - 1);
        var pooled = pooledDegrees > 0 ? spread.Sum(s => (s.Values.Length - 1) * Variance(s.Values)) / pooledDegrees : double.NaN;
        double mean = 0, variance = 0;
        foreach (var (probability, values) in observed)
        {
            var weight = probability / covered;
            mean += weight * values.Average();
            variance += weight * weight * (values.Length > 1 ? Variance(values) : pooled) / values.Length;
        }

        var half = Normal.InvCDF(0, 1, 0.975) * Math.Sqrt(variance);
        return new WeightedFigure(mean, mean - half, mean + half, Missing(covered));
    }

    /// <summary>1 − <paramref name="covered"/>, and 0 where that is only the rounding of a sum of probabilities that make 1.</summary>
    public static double Missing(double covered) => covered > 1 - 1e-12 ? 0 : 1 - covered;

    /// <summary>The sample variance (n − 1).</summary>
    private static double Variance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}
