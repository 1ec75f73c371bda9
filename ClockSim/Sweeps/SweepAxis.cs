namespace ClockSim.Sweeps;

/// <summary>A setting a sweep varies, and the values it takes in turn.</summary>
/// <param name="Key">The setting under <c>Simulation</c>, spelt as the options spell it: <c>Weights:Internal</c>, <c>TickRates</c>.</param>
internal sealed record SweepAxis(string Key, IReadOnlyList<SweepAxisValue> Values);
