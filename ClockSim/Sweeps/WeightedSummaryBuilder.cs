using System.Globalization;
using ClockSim.Configuration;

namespace ClockSim.Sweeps;

/// <summary>Post-stratifies the runs of a combination that draws its rates (<see cref="PostStratification"/>) into its <see cref="WeightedSummary"/>.</summary>
internal static class WeightedSummaryBuilder
{
    /// <returns>The weighted figures, or null when the combination pins its rates (nothing to weight) or has no runs.</returns>
    public static WeightedSummary? Of(SimulationOptions options, IReadOnlyList<SweepRunResult> runs)
    {
        if (options.TickRates.Length > 0 || runs.Count == 0)
        {
            return null;
        }

        var strata = runs.GroupBy(r => string.Join(",", r.ByRate.Select(m => m.TickRate.ToString(CultureInfo.InvariantCulture))), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Probability: PostStratification.Probability([.. g.First().ByRate.Select(m => m.TickRate)], options.MinTickRate, options.MaxTickRate), Runs: g.ToArray()))
            .ToArray();

        WeightedFigure Weighted(Func<SweepRunResult, double> value) =>
            PostStratification.Estimate([.. strata.Select(s => (s.Probability, (IReadOnlyList<double>)[.. s.Runs.Select(value)]))]);

        var ranks = Enumerable.Range(1, options.Machines).Select(rank => new WeightedRank(
            rank,
            SweepSummaryBuilder.RankName(rank, options.Machines),
            SweepFigures.All.ToDictionary(f => f.Name, f => Weighted(r => f.Measured(r.ByRate[rank - 1]))),
            Weighted(r => SweepSummaryBuilder.Grows(r.ByRate[rank - 1]) ? 1 : 0))).ToArray();

        return new WeightedSummary(
            PostStratification.StrataCount(options.Machines, options.MinTickRate, options.MaxTickRate),
            strata.Count(s => s.Probability > 0),
            PostStratification.Missing(strata.Sum(s => s.Probability)),
            strata.Where(s => s.Runs.Length == 1).Sum(s => s.Probability),
            ranks,
            Weighted(r => r.FalseOrderShare),
            Weighted(r => r.CausalReachSeconds));
    }
}
