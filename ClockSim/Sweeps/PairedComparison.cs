namespace ClockSim.Sweeps;

/// <summary>A combination against the sweep's baseline, paired by seed: every figure's difference, rank by rank.</summary>
/// <param name="Seeds">Seeds that both combinations finished: the pairs.</param>
/// <param name="Machines">Each rate rank both combinations have, the slowest first.</param>
/// <param name="UnpairedRanks">
/// Ranks only one of the two has, when their machine counts differ: the k-th slowest of one has no counterpart in the other.
/// </param>
/// <param name="CausalReachSeconds">The run's mean causal reach time against the baseline's, in seconds.</param>
/// <param name="Clocks">Each clock figure of <see cref="ClockSweepFigures"/> against the baseline's, by its <c>runs.csv</c> column; null when the sweep compares no clocks.</param>
internal sealed record PairedComparison(
    int Seeds, PairedDifference FalseOrderShare, PairedDifference CausalReachSeconds, IReadOnlyList<PairedRank> Machines, IReadOnlyList<int> UnpairedRanks,
    IReadOnlyDictionary<string, PairedDifference>? Clocks = null)
{
    /// <param name="runs">This combination's finished runs.</param>
    /// <param name="baseline">The baseline's finished runs.</param>
    /// <param name="machines">This combination's machine count.</param>
    /// <param name="baselineMachines">The baseline's machine count.</param>
    /// <param name="clocks">Whether the sweep compares clocks.</param>
    public static PairedComparison Of(IReadOnlyList<SweepRunResult> runs, IReadOnlyList<SweepRunResult> baseline, int machines, int baselineMachines, bool clocks)
    {
        var bySeed = baseline.ToDictionary(r => r.Seed);
        var pairs = runs.Where(r => bySeed.ContainsKey(r.Seed)).Select(r => (Run: r, Baseline: bySeed[r.Seed], ByRate: r.ByRate, BaselineByRate: bySeed[r.Seed].ByRate)).ToArray();
        var shared = Math.Min(machines, baselineMachines);
        var ranks = Enumerable.Range(1, shared).Select(rank => new PairedRank(
            rank,
            SweepSummaryBuilder.RankName(rank, machines),
            SweepFigures.All.ToDictionary(
                f => f.Name,
                f => PairedDifference.Of(pairs.Select(p => (f.Measured(p.ByRate[rank - 1]), f.Measured(p.BaselineByRate[rank - 1]))))))).ToArray();
        return new PairedComparison(
            pairs.Length,
            PairedDifference.Of(pairs.Select(p => (p.Run.FalseOrderShare, p.Baseline.FalseOrderShare))),
            PairedDifference.Of(pairs.Select(p => (p.Run.CausalReachSeconds, p.Baseline.CausalReachSeconds))),
            ranks,
            [.. Enumerable.Range(shared + 1, Math.Max(machines, baselineMachines) - shared)],
            clocks ? ClockSweepFigures.All.Index().ToDictionary(f => f.Item.Name, f => PairedDifference.Of(pairs.Select(p => (p.Run.Clock(f.Index), p.Baseline.Clock(f.Index))))) : null);
    }
}
