using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using ClockSim.Statistics;

namespace ClockSim.Sweeps;

/// <summary>
/// One figure over the runs of a combination: how many runs had it, their mean, standard deviation, the 95 %
/// confidence interval of the mean (Student's t with n − 1 degrees of freedom), the range of the middle 95 % of runs
/// (nearest-rank 2.5th and 97.5th percentiles, where a single run is expected to land) and the model's prediction.
/// </summary>
/// <param name="Count">Runs with a value (a figure with no value in a run, such as a clock rate of one tick, is left out).</param>
/// <param name="StandardDeviation">The sample standard deviation (n − 1); NaN below two runs.</param>
/// <param name="CiLow">The lower end of the 95 % confidence interval of the mean; NaN below two runs.</param>
/// <param name="RangeLow">The 2.5th percentile of the runs.</param>
/// <param name="RangeHigh">The 97.5th percentile of the runs.</param>
/// <param name="Model">The model's prediction (its mean over the runs when their rates differ), or NaN when it has none.</param>
internal sealed record FigureStatistics(
    int Count,
    double Mean,
    double StandardDeviation,
    double CiLow,
    double CiHigh,
    double RangeLow,
    double RangeHigh,
    double Model)
{
    /// <summary>The quantiles that bound the middle 95 %: written out, as 1 − 0.95 is not exactly 0.05 in binary.</summary>
    private const double LowQuantile = 0.025;
    private const double HighQuantile = 0.975;

    public static FigureStatistics Of(IEnumerable<double> values, double model = double.NaN)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        var n = sorted.Length;
        if (n == 0)
        {
            return new FigureStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, model);
        }

        var statistics = new RunningStatistics(sorted);
        var mean = statistics.Mean;
        var sd = n > 1 ? statistics.StandardDeviation : double.NaN;
        var half = n > 1 ? StudentT.InvCDF(0, 1, n - 1, HighQuantile) * sd / Math.Sqrt(n) : double.NaN;
        return new FigureStatistics(n, mean, sd, mean - half, mean + half, NearestRank.Of(sorted, LowQuantile), NearestRank.Of(sorted, HighQuantile), model);
    }

    /// <summary>Half the width of the confidence interval: the ± after the mean.</summary>
    public double HalfWidth => (CiHigh - CiLow) / 2;

    /// <summary>
    /// Whether <paramref name="value"/> lies within the middle 95 % of the runs at the precision a table shows, to
    /// <paramref name="decimals"/> places: a socket run's queue growth of 0.0004 is not outside a range of 0.00 to 0.00.
    /// </summary>
    public bool InRange(double value, int decimals)
    {
        var shown = Math.Round(value, decimals);
        return shown >= Math.Round(RangeLow, decimals) && shown <= Math.Round(RangeHigh, decimals);
    }
}
