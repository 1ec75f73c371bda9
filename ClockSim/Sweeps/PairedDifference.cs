namespace ClockSim.Sweeps;

/// <summary>
/// One figure of a combination against the baseline's, paired by seed: in each seed both finished, this combination's
/// value minus the baseline's. Both ran the same draws of chance, so the seed-to-seed spread cancels and the mean
/// difference has its own 95 % confidence interval (Student's t, n − 1 degrees of freedom) and paired t statistic.
/// </summary>
/// <param name="Count">Seeds in which both combinations have a value.</param>
/// <param name="MeanDifference">The mean of the differences, this combination minus the baseline.</param>
/// <param name="CiLow">The lower end of the 95 % confidence interval of the mean difference; NaN below two differences that vary.</param>
/// <param name="T">The paired t statistic, mean / (sd / √n); NaN below two differences that vary.</param>
/// <param name="Identical">Every difference is exactly 0: the figure does not depend on what the combinations change.</param>
/// <param name="Constant">Every difference is the same value other than 0 (a standard deviation of 0), so there is no interval to give.</param>
internal sealed record PairedDifference(int Count, double MeanDifference, double CiLow, double CiHigh, double T, bool Identical, bool Constant)
{
    /// <summary>Whether the 95 % confidence interval excludes 0: |t| is above the 97.5 % quantile of t with n − 1 degrees of freedom.</summary>
    public bool Significant => CiLow > 0 || CiHigh < 0;

    /// <param name="pairs">This combination's value and the baseline's, one pair per seed; a pair missing either is left out.</param>
    public static PairedDifference Of(IEnumerable<(double Value, double Baseline)> pairs)
    {
        double[] differences = [.. pairs.Where(p => double.IsFinite(p.Value) && double.IsFinite(p.Baseline)).Select(p => p.Value - p.Baseline)];
        if (differences.Length == 0)
        {
            return new PairedDifference(0, double.NaN, double.NaN, double.NaN, double.NaN, false, false);
        }

        var identical = differences.All(d => d == 0);
        var constant = !identical && differences.Length > 1 && differences.All(d => d == differences[0]);
        var statistics = FigureStatistics.Of(differences);
        if (identical || constant)
        {
            // An interval of no width and a t of 0/0 or ±∞ say nothing a reader can use: the flags say it instead.
            return new PairedDifference(differences.Length, statistics.Mean, double.NaN, double.NaN, double.NaN, identical, constant);
        }

        var t = statistics.Mean / (statistics.StandardDeviation / Math.Sqrt(differences.Length));
        return new PairedDifference(differences.Length, statistics.Mean, statistics.CiLow, statistics.CiHigh, t, false, false);
    }
}
