using ClockSim.Sweeps;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Experiments;

/// <summary>
/// The virtual runs one figure of a committed run is held against: the twin's runs of the same rates, of the machine of
/// the same rate rank, at every seed but the run's own. The twin also runs the run's own seed, and that virtual run, on
/// the same draws, lands near the committed one: left in, it would stretch the range to hold the run it is meant to test.
/// </summary>
/// <param name="Runs">The figure over those runs; its middle 95 % is the range, by <see cref="FigureStatistics"/>'s nearest rank.</param>
/// <param name="Lowest">The lowest of those runs, NaN without any.</param>
/// <param name="Highest">The highest of those runs, NaN without any.</param>
internal sealed record TwinRange(FigureStatistics Runs, double Lowest, double Highest)
{
    /// <param name="twinRuns">The twin's <c>runs.csv</c>.</param>
    /// <param name="combination">The twin's combination of the committed run's rates.</param>
    /// <param name="rank">The machine's rate rank, 1 for the slowest; 1 for a figure of the whole run, which every row repeats.</param>
    /// <param name="column">The figure's column in <c>runs.csv</c>.</param>
    /// <param name="seed">The committed run's seed, which the range leaves out.</param>
    public static TwinRange Of(IReadOnlyList<RunsCsvRow> twinRuns, int combination, int rank, string column, int seed)
    {
        double[] values = [.. twinRuns.Where(r => r.Combination == combination && r.RateRank == rank && r.Seed != seed)
            .Select(r => r.Figures[column]).Where(double.IsFinite)];
        return new TwinRange(FigureStatistics.Of(values), values.Length > 0 ? values.Min() : double.NaN, values.Length > 0 ? values.Max() : double.NaN);
    }

    /// <summary>Whether the range has no width at the precision a table shows, <paramref name="decimals"/> places: <c>0.00 to 0.00</c>.</summary>
    public bool IsDegenerate(int decimals) => Runs.Count > 0 && Fixed(Runs.RangeLow, decimals) == Fixed(Runs.RangeHigh, decimals);

    /// <summary>Where <paramref name="value"/> falls at the precision a table shows; a range over no runs holds nothing.</summary>
    public TwinPlacement Place(double value, int decimals) =>
        IsDegenerate(decimals) ? TwinPlacement.Degenerate
        : Runs.InRange(value, decimals) ? TwinPlacement.Inside
        : TwinPlacement.Outside;

    /// <summary><c>0.12 to 0.48</c>, or for a degenerate range what its runs give: <c>degenerate: every virtual run gives 0.00</c>.</summary>
    public string Text(int decimals)
    {
        if (!IsDegenerate(decimals))
        {
            return SweepMarkdown.RangeText(Runs, decimals);
        }

        var value = Fixed(Runs.RangeLow, decimals);
        return Fixed(Lowest, decimals) == Fixed(Highest, decimals)
            ? $"degenerate: every virtual run gives {value}"
            : $"degenerate: the middle 95 % of virtual runs give {value}";
    }
}
