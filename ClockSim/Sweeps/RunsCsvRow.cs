namespace ClockSim.Sweeps;

/// <summary>One row of <c>runs.csv</c> as read back: which run and machine, and its figures by column name (NaN where empty).</summary>
internal sealed record RunsCsvRow(int Combination, int Seed, int Machine, IReadOnlyDictionary<string, double> Figures);
