namespace ClockSim.Sweeps;

/// <summary>An axis's value in one combination: its text, and its number when it is one.</summary>
internal sealed record AxisValueSummary(string Axis, string Value, double? Number);
