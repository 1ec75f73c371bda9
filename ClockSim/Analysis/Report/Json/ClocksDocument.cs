using ClockSim.Analysis.Clocks;

namespace ClockSim.Analysis.Report.Json;

/// <summary>The clocks section of <c>analysis.json</c>: the four clocks side by side, or why the run has none to compare.</summary>
/// <param name="Available">Whether the run folder has physical readings, hybrid logical clocks and vector clocks to compare.</param>
/// <param name="UnavailableBecause">Why not, when not.</param>
/// <param name="Figures">The figures, when available, with HlcBound's limit (<c>hlcBoundMs</c>) and how far below it the HLC stayed (<c>hlcBoundSlackMs</c>).</param>
internal sealed record ClocksDocument(bool Available, string? UnavailableBecause, ClockFigures? Figures);
