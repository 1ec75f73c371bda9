using ClockSim.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class LogisticRegressionTests
{
    /// <summary>Loads and outcomes that overlap between 0.8 and 1.1, so the likelihood has a finite maximum.</summary>
    private static readonly double[] X = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 0.8, 0.9, 1.0, 1.1, 1.0, 0.95];
    private static readonly bool[] Y = [false, false, false, true, false, true, false, true, true, true, false, true, false, true, true, false];

    /// <summary>The log-likelihood written plainly, apart from the fit's own: Σ y ln p + (1 − y) ln(1 − p).</summary>
    private static double LogLikelihood(double a, double b) =>
        X.Zip(Y, (x, y) => (P: 1 / (1 + Math.Exp(-(a + (b * x)))), y)).Sum(t => t.y ? Math.Log(t.P) : Math.Log(1 - t.P));

    /// <summary>A brute-force maximum: the best point of an 81 × 81 grid, then a grid ten times finer about it, six times over.</summary>
    private static (double A, double B) GridMaximum()
    {
        var (a, b, span) = (0.0, 0.0, 80.0);
        for (var round = 0; round < 7; round++)
        {
            var best = (A: a, B: b, L: double.NegativeInfinity);
            for (var i = -40; i <= 40; i++)
            {
                for (var j = -40; j <= 40; j++)
                {
                    var (ca, cb) = (a + (i * span / 80), b + (j * span / 80));
                    var l = LogLikelihood(ca, cb);
                    if (l > best.L)
                    {
                        best = (ca, cb, l);
                    }
                }
            }

            (a, b, span) = (best.A, best.B, span / 10);
        }

        return (a, b);
    }

    [Fact]
    public void Fit_OverlappingPoints_FindsTheGridMaximumOfTheLikelihood()
    {
        var fit = LogisticRegression.Fit(X, Y)!;

        var (a, b) = GridMaximum();
        Assert.Equal(a, fit.A, 3);
        Assert.Equal(b, fit.B, 3);
        Assert.True(LogLikelihood(fit.A, fit.B) >= LogLikelihood(a, b) - 1e-9);
        Assert.Equal(LogLikelihood(fit.A, fit.B), LogisticRegression.LogLikelihood(X, Y, fit.A, fit.B), 9);
    }

    [Fact]
    public void Fit_Covariance_IsTheInverseOfTheLikelihoodsCurvature()
    {
        var fit = LogisticRegression.Fit(X, Y)!;

        // The Hessian of the plain log-likelihood by central differences, inverted by hand.
        const double h = 1e-4;
        var haa = (LogLikelihood(fit.A + h, fit.B) - (2 * LogLikelihood(fit.A, fit.B)) + LogLikelihood(fit.A - h, fit.B)) / (h * h);
        var hbb = (LogLikelihood(fit.A, fit.B + h) - (2 * LogLikelihood(fit.A, fit.B)) + LogLikelihood(fit.A, fit.B - h)) / (h * h);
        var hab = (LogLikelihood(fit.A + h, fit.B + h) - LogLikelihood(fit.A + h, fit.B - h) - LogLikelihood(fit.A - h, fit.B + h) + LogLikelihood(fit.A - h, fit.B - h)) / (4 * h * h);
        var determinant = (haa * hbb) - (hab * hab);
        Assert.Equal(-hbb / determinant, fit.VarianceA, fit.VarianceA * 1e-3);
        Assert.Equal(-haa / determinant, fit.VarianceB, fit.VarianceB * 1e-3);
        Assert.Equal(hab / determinant, fit.CovarianceAB, Math.Abs(fit.CovarianceAB) * 1e-3);
    }

    [Fact]
    public void Midpoint_AndWidth_AreWhereTheCurveCrosses50And10To90Percent()
    {
        var fit = LogisticRegression.Fit(X, Y)!;
        double P(double x) => 1 / (1 + Math.Exp(-(fit.A + (fit.B * x))));

        Assert.Equal(0.5, P(fit.Midpoint), 12);
        Assert.Equal(0.1, P(fit.Midpoint - (fit.Width1090 / 2)), 12);
        Assert.Equal(0.9, P(fit.Midpoint + (fit.Width1090 / 2)), 12);
        var (low, high) = fit.MidpointInterval(1.959964);
        Assert.True(low < fit.Midpoint && fit.Midpoint < high);
        Assert.Equal(fit.Midpoint - low, high - fit.Midpoint, 12);
    }

    [Fact]
    public void Fit_SeparatedPoints_HasNoMaximum()
    {
        Assert.Null(LogisticRegression.Fit([0.5, 0.7, 0.9, 1.1, 1.3], [false, false, false, true, true]));
    }

    [Fact]
    public void Fit_OneValueOfX_IsSingular()
    {
        Assert.Null(LogisticRegression.Fit([1.0, 1.0, 1.0, 1.0], [false, true, true, false]));
    }
}
