namespace ClockSim.Sweeps;

/// <summary>One value of a sweep's axis: how it reads, its number when it is one, and the settings it sets.</summary>
/// <param name="Text">The value as tables and <c>runs.csv</c> show it: <c>3</c>, <c>[1, 6, 6]</c>, <c>{SendToOne: 2, Internal: 7}</c>.</param>
/// <param name="Number">The value when it is a single number, so a chart can put it on a numeric axis; otherwise null.</param>
/// <param name="Keys">The configuration keys and values it sets, under <c>Simulation:</c>.</param>
internal sealed record SweepAxisValue(string Text, double? Number, IReadOnlyList<KeyValuePair<string, string?>> Keys);
