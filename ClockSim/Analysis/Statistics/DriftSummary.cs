namespace ClockSim.Analysis.Statistics;

/// <summary>
/// A machine's drift: its clock minus the largest clock of all machines at the same instant, in clock units. The
/// leader's drift is 0 and every other machine's negative, so neither figure is ever positive.
/// </summary>
/// <param name="Mean">The time-weighted mean of the drift over the run.</param>
/// <param name="Lowest">The drift furthest below 0 at any instant.</param>
internal sealed record DriftSummary(double Mean, long Lowest);
