namespace ClockSim.Statistics;

/// <summary>
/// A fitted logistic curve P(y) = 1 / (1 + exp(−(a + b·x))) and the covariance of (a, b): the inverse of the Fisher
/// information at the maximum of the likelihood.
/// </summary>
/// <param name="Count">The points fitted.</param>
/// <param name="Iterations">Newton steps taken to converge.</param>
internal sealed record LogisticFit(int Count, double A, double B, double VarianceA, double CovarianceAB, double VarianceB, int Iterations)
{
    /// <summary>The x at which P = 50 %: −a / b.</summary>
    public double Midpoint => -A / B;

    /// <summary>
    /// The 95 % confidence interval of <see cref="Midpoint"/> by the delta method: its variance is gᵀ Σ g, with g = (−1/b,
    /// a/b²) the gradient of −a/b and Σ the covariance of (a, b). Symmetric about the midpoint, so it suits a well-determined
    /// slope (hundreds of points about the midpoint); Fieller's interval would widen on the far side as b nears 0.
    /// </summary>
    public (double Low, double High) MidpointInterval(double z)
    {
        var (ga, gb) = (-1 / B, A / (B * B));
        var variance = (ga * ga * VarianceA) + (2 * ga * gb * CovarianceAB) + (gb * gb * VarianceB);
        var half = z * Math.Sqrt(variance);
        return (Midpoint - half, Midpoint + half);
    }

    /// <summary>The x from P = 10 % to P = 90 %: 2·ln 9 / b.</summary>
    public double Width1090 => 2 * Math.Log(9) / B;
}
