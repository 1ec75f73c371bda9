using ClockSim.Configuration;
using MathNet.Numerics.Distributions;
using static ClockSim.Analysis.Report.AnalysisFormat;
using ClockSim.Statistics;

namespace ClockSim.Sweeps;

/// <summary>
/// The drowning threshold of a sweep that maps it (<see cref="SweepChartAxis.Load"/>): the chance that the slowest
/// machine's queue grows (<see cref="SweepSummaryBuilder.Grows"/>), fitted against the load λ/r each run measured for
/// it by logistic regression, P = 1 / (1 + exp(−(a + b·load))), by maximum likelihood
/// (<see cref="LogisticRegression"/>). The threshold is the load of P = 50 %, −a/b, with its 95 % interval by the delta
/// method from the Fisher information (<see cref="LogisticFit.MidpointInterval"/>); the 10–90 % width, 2·ln 9 / b, says
/// how sharp it is. Where no such curve can be fitted, every number is NaN and <see cref="Reason"/> says why.
/// </summary>
/// <param name="Count">Runs fitted: every finished run of the sweep.</param>
/// <param name="Grew">Runs whose slowest machine's queue grew.</param>
/// <param name="CiLow">The lower end of the 95 % interval of <paramref name="Midpoint"/>.</param>
/// <param name="Width1090">The loads from P = 10 % to P = 90 %: 2·ln 9 / b.</param>
/// <param name="Reason">Null when fitted; otherwise why there is no threshold, e.g. <c>no fit: every run grew</c>.</param>
internal sealed record ThresholdFit(int Count, int Grew, double A, double B, double Midpoint, double CiLow, double CiHigh, double Width1090, string? Reason)
{
    public static ThresholdFit Of(IReadOnlyList<SweepRunResult> runs)
    {
        var slowest = runs.Select(r => r.ByRate[0]).Select(m => (Load: SweepFigures.Load.Measured(m), Grows: SweepSummaryBuilder.Grows(m)))
            .Where(p => double.IsFinite(p.Load)).ToArray();
        var grew = slowest.Count(p => p.Grows);
        var kept = slowest.Where(p => !p.Grows).Select(p => p.Load).ToArray();
        var grown = slowest.Where(p => p.Grows).Select(p => p.Load).ToArray();
        var refusal =
            slowest.Length == 0 ? "no fit: no run measured a load"
            : kept.Length == 0 ? "no fit: every run grew"
            : grown.Length == 0 ? "no fit: no run grew"
            : kept.Max() <= grown.Min() ? $"no fit: the load separates the runs (every run up to {Fixed(kept.Max(), 3)} kept up, every run from {Fixed(grown.Min(), 3)} grew), so the curve is a step whose width cannot be estimated"
            : grown.Max() <= kept.Min() ? $"no fit: every run that grew had a lower load ({Fixed(grown.Max(), 3)} at most) than every run that kept up"
            : null;
        if (refusal is not null)
        {
            return Refused(slowest.Length, grew, refusal);
        }

        var fit = LogisticRegression.Fit([.. slowest.Select(p => p.Load)], [.. slowest.Select(p => p.Grows)]);
        if (fit is null)
        {
            return Refused(slowest.Length, grew, "no fit: the maximum likelihood did not converge");
        }

        if (fit.B <= 0)
        {
            return Refused(slowest.Length, grew, "no fit: the share of runs that grew does not rise with the load (b ≤ 0)") with { A = fit.A, B = fit.B };
        }

        var (low, high) = fit.MidpointInterval(Normal.InvCDF(0, 1, 0.975));
        return new ThresholdFit(fit.Count, grew, fit.A, fit.B, fit.Midpoint, low, high, fit.Width1090, null);
    }

    private static ThresholdFit Refused(int count, int grew, string reason) =>
        new(count, grew, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, reason);
}
