namespace ClockSim.Model;

/// <summary>How far apart the machines' physical clocks may be: offsets from ± <paramref name="MaxOffsetMs"/>, drifts from ± <paramref name="MaxDriftPpm"/>, read in steps of <paramref name="ResolutionMs"/>.</summary>
internal readonly record struct PhysicalClockSpread(double MaxOffsetMs, double MaxDriftPpm, double ResolutionMs);
