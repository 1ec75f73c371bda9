using MathNet.Numerics.LinearAlgebra;

namespace ClockSim.Statistics;

/// <summary>
/// Fits P(y) = 1 / (1 + exp(−(a + b·x))) to points (x, y), y true or false, by maximum likelihood with Newton–Raphson
/// (for the logistic model the same steps as iteratively reweighted least squares): each step solves I·Δ = g, g the
/// gradient Σ (yᵢ − pᵢ)(1, xᵢ) and I the Fisher information Σ pᵢ(1 − pᵢ)(1, xᵢ)(1, xᵢ)ᵀ, and halves itself while the
/// log-likelihood would fall. The likelihood is concave, so where its maximum exists this finds it; it does not exist
/// when a value of x separates the false points from the true ones (b runs off to infinity), and then the fit fails.
/// </summary>
internal static class LogisticRegression
{
    private const int MaxIterations = 100;
    private const double Tolerance = 1e-10;

    /// <returns>The fit, or null when it does not converge (the points are separated) or the information is singular (one x).</returns>
    public static LogisticFit? Fit(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        if (x.Count != y.Count || x.Count == 0)
        {
            return null;
        }

        var share = y.Count(v => v) / (double)y.Count;
        var theta = Vector<double>.Build.Dense([Math.Log(share / (1 - share)), 0]);
        if (!double.IsFinite(theta[0]))
        {
            return null;
        }

        var likelihood = LogLikelihood(x, y, theta[0], theta[1]);
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var (gradient, information) = GradientAndInformation(x, y, theta[0], theta[1]);
            if (!(information.Determinant() > 0))
            {
                return null;
            }

            var step = information.Solve(gradient);
            var next = theta + step;
            var nextLikelihood = LogLikelihood(x, y, next[0], next[1]);
            for (var halvings = 0; nextLikelihood < likelihood && halvings < 50; halvings++)
            {
                step /= 2;
                next = theta + step;
                nextLikelihood = LogLikelihood(x, y, next[0], next[1]);
            }

            theta = next;
            likelihood = nextLikelihood;
            if (step.AbsoluteMaximum() <= Tolerance * (1 + theta.AbsoluteMaximum()))
            {
                var (_, atMaximum) = GradientAndInformation(x, y, theta[0], theta[1]);
                var covariance = atMaximum.Inverse();
                return new LogisticFit(x.Count, theta[0], theta[1], covariance[0, 0], covariance[0, 1], covariance[1, 1], iteration);
            }
        }

        return null;
    }

    /// <summary>Σ yᵢ·ηᵢ − ln(1 + e^ηᵢ), ηᵢ = a + b·xᵢ, computed without overflow.</summary>
    public static double LogLikelihood(IReadOnlyList<double> x, IReadOnlyList<bool> y, double a, double b)
    {
        double sum = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var eta = a + (b * x[i]);
            var softplus = eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta));
            sum += (y[i] ? eta : 0) - softplus;
        }

        return sum;
    }

    private static (Vector<double> Gradient, Matrix<double> Information) GradientAndInformation(IReadOnlyList<double> x, IReadOnlyList<bool> y, double a, double b)
    {
        double g0 = 0, g1 = 0, i00 = 0, i01 = 0, i11 = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var p = 1 / (1 + Math.Exp(-(a + (b * x[i]))));
            var residual = (y[i] ? 1 : 0) - p;
            var weight = p * (1 - p);
            g0 += residual;
            g1 += residual * x[i];
            i00 += weight;
            i01 += weight * x[i];
            i11 += weight * x[i] * x[i];
        }

        return (Vector<double>.Build.Dense([g0, g1]), Matrix<double>.Build.DenseOfArray(new[,] { { i00, i01 }, { i01, i11 } }));
    }
}
