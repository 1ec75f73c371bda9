namespace ClockSim.Analysis;

/// <summary>How far a machine's clock stayed below the largest clock of all machines: time-weighted mean and maximum, in clock units.</summary>
internal sealed record DriftSummary(double MeanAbs, long MaxAbs);
