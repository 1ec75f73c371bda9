namespace ClockSim.Configuration;

/// <summary>
/// The <c>Sweep</c> section of a sweep file, checked by the same checker as <c>Simulation</c>. Its <see cref="Axes"/>
/// are keys of <c>Simulation</c>, each given the list of values it takes; <see cref="Seeds"/> is a range or a list.
/// </summary>
internal sealed class SweepOptions
{
    public const string SectionName = "Sweep";

    public string? Title { get; set; }

    public string? Question { get; set; }

    /// <summary>The seeds as a range; a list of seeds, <c>[1, 2, 3]</c>, is taken out before the check.</summary>
    public SeedRangeOptions Seeds { get; set; } = new();

    /// <summary>The settings the sweep varies, spelt as under <c>Simulation</c>, each with a list of values.</summary>
    public SimulationOptions Axes { get; set; } = new();

    public SweepChartAxis ChartAgainst { get; set; }

    /// <summary>The combination every other is compared with: its number, or its label.</summary>
    public string? Baseline { get; set; }
}

/// <summary>The seeds of a sweep as a range: <c>{ "First": 1, "Count": 100 }</c>.</summary>
internal sealed class SeedRangeOptions
{
    public int First { get; set; } = 1;

    public int? Count { get; set; }
}
