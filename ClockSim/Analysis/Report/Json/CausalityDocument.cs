using ClockSim.Analysis.Causality;

namespace ClockSim.Analysis.Report.Json;

/// <summary>The causality figures, or why there are none (a run folder from before vector clocks).</summary>
internal sealed record CausalityDocument(bool Available, string? UnavailableBecause, CausalityFigures? Figures);
