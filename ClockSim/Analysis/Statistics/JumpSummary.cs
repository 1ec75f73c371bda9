namespace ClockSim.Analysis.Statistics;

/// <summary>One machine's jump sizes (clock after an event minus before), with where the largest happened.</summary>
/// <param name="Bins">Counts per doubling bin; see <see cref="JumpCounts.Bins"/>.</param>
internal sealed record JumpSummary(double Mean, double P50, double P95, long Max, long MaxAtTick, int MaxAtLine, IReadOnlyList<long> Bins);
