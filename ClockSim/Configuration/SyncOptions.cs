using System.ComponentModel;

namespace ClockSim.Configuration;

/// <summary>
/// The synchronisation of the physical clocks (section <c>Simulation:Clocks:Sync</c>). With <see cref="SyncMethod.Cristian"/>
/// every machine but machine 1, the time server, asks it for the time every <see cref="IntervalSeconds"/>.
/// </summary>
public sealed class SyncOptions
{
    /// <summary>The shortest interval, in seconds: a millisecond, the unit of <c>ElapsedMs</c>.</summary>
    public const double MinIntervalSeconds = 0.001;

    [Description("None: the clocks are never corrected. Cristian: every machine asks machine 1 for the time and sets its clock to the reply plus half the round trip.")]
    public SyncMethod Method { get; set; } = SyncMethod.None;

    [Description("Seconds of true time between two rounds of requests.")]
    [SettingRange(MinIntervalSeconds, SimulationOptions.MaxDurationSeconds, ErrorMessage = "{0} is {3}; it must be a number of seconds from {1} to {2}.")]
    public double IntervalSeconds { get; set; } = 10;
}
