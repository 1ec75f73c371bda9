using ClockSim.Analysis.Charts;

namespace ClockSim.Sweeps;

/// <summary>A sweep that ran: what it found, where its results are, and how long its runs took.</summary>
/// <param name="RunSeconds">Wall seconds from the first run's start to the last run's end.</param>
internal sealed record SweepOutcome(SweepSummary Summary, string Folder, IReadOnlyList<ChartFile> Charts, double RunSeconds);
