namespace ClockSim.Sweeps;

/// <summary>One row of <c>runs.csv</c> as read back: which run and machine, and its figures by column name (NaN where empty).</summary>
/// <param name="RateRank">The machine's rank by tick rate in its run, 1 for the slowest.</param>
internal sealed record RunsCsvRow(int Combination, int Seed, int Machine, int RateRank, IReadOnlyDictionary<string, double> Figures);
