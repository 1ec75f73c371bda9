using System.ComponentModel;
using ClockSim.Model;

namespace ClockSim.Configuration;

/// <summary>
/// Each machine's physical clock (section <c>Simulation:Clocks:Physical</c>): C_i(t) = t + offset_i + drift_i · t, read
/// in whole steps of <see cref="ResolutionMs"/>. Offsets and drifts are drawn for each machine from a random stream of
/// their own. The defaults model every machine on one computer: offset 0, drift 0, a reading to the microsecond.
/// </summary>
public sealed class PhysicalClockOptions
{
    /// <summary>The largest offset, in milliseconds: the longest run.</summary>
    public const double MaxOffsetLimitMs = SimulationOptions.MaxDurationSeconds * 1000;

    /// <summary>The largest drift, in parts per million: 10 %, a hundred times a cheap quartz's, and the clock still moves forward.</summary>
    public const double MaxDriftLimitPpm = 100_000;

    /// <summary>The finest resolution, in milliseconds: one nanosecond, the unit the clocks are kept in.</summary>
    public const double MinResolutionMs = 0.000001;

    /// <summary>The coarsest resolution, in milliseconds: one second.</summary>
    public const double MaxResolutionMs = 1000;

    [Description("Milliseconds: each machine's clock starts this far from true time at most, its offset drawn uniformly from ±MaxOffsetMs (0 or more).")]
    [SettingRange(0, MaxOffsetLimitMs, ErrorMessage = "{0} is {3}; it must be a number of milliseconds from {1} to {2}.")]
    public double MaxOffsetMs { get; set; }

    [Description("Parts per million: each machine's clock runs fast or slow by a drift drawn uniformly from ±MaxDriftPpm (0 or more).")]
    [SettingRange(0, MaxDriftLimitPpm, ErrorMessage = "{0} is {3}; it must be a number of parts per million from {1} to {2}.")]
    public double MaxDriftPpm { get; set; }

    [Description("Milliseconds: a reading is a whole multiple of this, in whole nanoseconds.")]
    [SettingRange(MinResolutionMs, MaxResolutionMs, ErrorMessage = "{0} is {3}; it must be a number of milliseconds from {1:0.######} to {2}.")]
    public double ResolutionMs { get; set; } = 0.001;

    /// <summary>The spread as the model draws the clocks from it.</summary>
    internal PhysicalClockSpread ToSpread() => new(MaxOffsetMs, MaxDriftPpm, ResolutionMs);
}
