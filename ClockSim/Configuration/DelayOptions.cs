using System.ComponentModel;

namespace ClockSim.Configuration;

/// <summary>The one-way delay of a message, drawn for each message (section <c>Simulation:Network:Delay</c>, or a link's own).</summary>
public sealed class DelayOptions
{
    /// <summary>
    /// The longest delay, in milliseconds: the longest run. A message delayed this long never arrives in any run, and
    /// every delay up to it is exact in whole nanoseconds.
    /// </summary>
    public const double MaxDelayMs = SimulationOptions.MaxDurationSeconds * 1000;

    /// <summary>Default <see cref="DelayDistribution.None"/>: the engine's own network.</summary>
    [Description("None (the engine's own network), Constant, Uniform or Exponential.")]
    public DelayDistribution Distribution { get; set; } = DelayDistribution.None;

    /// <summary>Milliseconds: the delay of <c>Constant</c>, the mean of <c>Exponential</c>.</summary>
    [Description("Milliseconds: the delay of Constant, the mean delay of Exponential.")]
    public double? MeanMs { get; set; }

    /// <summary>Milliseconds: the least delay of <c>Uniform</c> and <c>Exponential</c>.</summary>
    [Description("Milliseconds: the least delay of Uniform and Exponential.")]
    public double? MinMs { get; set; }

    /// <summary>Milliseconds: the greatest delay of <c>Uniform</c>.</summary>
    [Description("Milliseconds: the greatest delay of Uniform.")]
    public double? MaxMs { get; set; }
}
