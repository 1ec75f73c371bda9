using ClockSim.Configuration;

namespace ClockSim.Sweeps;

/// <summary>One point of a sweep: a value of every axis, and the options they give over the file's <c>Simulation</c> section.</summary>
/// <param name="Index">Its place among the sweep's combinations, from 1: the first axis varies slowest.</param>
/// <param name="Values">The value of each axis, in the order of the axes.</param>
/// <param name="Options">The options every run of this combination uses, apart from its seed; validated, on the virtual engine.</param>
internal sealed record SweepCombination(int Index, IReadOnlyList<SweepAxisValue> Values, SimulationOptions Options)
{
    /// <summary>How a table names it: <c>TickRates = [1, 6, 6], Weights:Internal = 3</c>, or <c>as configured</c> without axes.</summary>
    public string Label(IReadOnlyList<SweepAxis> axes) =>
        axes.Count == 0 ? "as configured" : string.Join(", ", axes.Select((axis, i) => $"{axis.Key} = {Values[i].Text}"));
}
