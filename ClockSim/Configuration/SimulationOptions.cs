using System.ComponentModel;
using Microsoft.Extensions.Options;

namespace ClockSim.Configuration;

/// <summary>
/// The settings of one run, bound from the <c>Simulation</c> section of <c>appsettings.json</c>
/// and overridable on the command line (<c>--Simulation:DurationSeconds=120</c>). Each property's
/// [Description] and attributes are what <c>run --help</c> lists; its initial value is the default.
/// </summary>
/// <remarks>
/// A new section is a class of public get/set properties with these attributes, held by a property here (or in a
/// section below), and named in <see cref="OptionsTypes"/>. Its limits are <see cref="SettingRangeAttribute"/> and
/// <see cref="SettingRequiredAttribute"/>; the property that holds a class with limits in it, at any depth, is
/// <c>[ValidateObjectMembers]</c> (<c>[ValidateEnumeratedItems]</c> for a list), as <c>OptionsTypesTests</c> checks. Rules across keys go
/// in <see cref="SimulationOptionsValidator"/>. Checking, binding, help and <c>--dry-run</c> need nothing more.
/// </remarks>
public sealed class SimulationOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Simulation";

    /// <summary>The largest mesh of the socket engine: one TCP connection per pair, 8,128 at 128 machines.</summary>
    public const int MaxSocketMachines = 128;

    /// <summary>The largest run of the virtual engine, which needs no socket per pair.</summary>
    public const int MaxVirtualMachines = 1000;

    /// <summary>The longest run, in seconds (one day).</summary>
    public const double MaxDurationSeconds = 86_400;

    /// <summary>The fastest tick rate a machine may have, in ticks per second.</summary>
    public const double MaxTickRateLimit = 10_000;

    /// <summary>
    /// The slowest pinned tick rate, in ticks per second: one tick in 1000 s. The virtual engine takes a rate to a
    /// millionth of a tick per second, so a rate this slow is still taken to 0.1 %; a slower one would not mean what it says.
    /// </summary>
    public const double MinTickRateLimit = 0.001;

    /// <summary>Whether <paramref name="ticksPerSecond"/> is a rate a machine may tick at: from <see cref="MinTickRateLimit"/> to <see cref="MaxTickRateLimit"/>.</summary>
    public static bool IsTickRate(double ticksPerSecond) => ticksPerSecond is >= MinTickRateLimit and <= MaxTickRateLimit;

    /// <summary>The shortest run, in seconds: one millisecond, the unit of <c>ElapsedMs</c>.</summary>
    public const double MinDurationSeconds = 0.001;

    [Description("Seconds the run ticks: real seconds on the Sockets engine, simulated ones on the Virtual engine.")]
    [SettingRange(MinDurationSeconds, MaxDurationSeconds, ErrorMessage = "{0} must be a number of seconds from {1} to {2}.")]
    public double DurationSeconds { get; set; } = 60;

    /// <remarks>At most <see cref="MaxSocketMachines"/> on the socket engine and <see cref="MaxVirtualMachines"/> on the virtual engine.</remarks>
    [Description("Machines in the full mesh: 2 to 128 on the Sockets engine, to 1000 on the Virtual engine.")]
    [SettingRange(2, MaxVirtualMachines, ErrorMessage = "{0} must be a whole number from {1} to 128 (Sockets engine) or to {2} (Virtual engine).")]
    public int Machines { get; set; } = 3;

    [Description("Slowest random tick rate, in ticks per second (inclusive).")]
    [SettingRange(1, MaxTickRateLimit, ErrorMessage = "{0} must be a whole number of ticks per second from {1} to {2}.")]
    public int MinTickRate { get; set; } = 1;

    [Description("Fastest random tick rate, in ticks per second (inclusive, at least MinTickRate).")]
    [SettingRange(1, MaxTickRateLimit, ErrorMessage = "{0} must be a whole number of ticks per second from {1} to {2}.")]
    public int MaxTickRate { get; set; } = 6;

    [Description("One tick rate per machine, in ticks per second (fractions allowed, from 0.001 to 10000) to pin the rates; empty: each drawn from MinTickRate to MaxTickRate.")]
    public double[] TickRates { get; set; } = [];

    [Description("Random: each machine's ticks start at a phase drawn from its first period, as separately started processes do. Aligned: every machine's tick k falls at k / rate after the shared start.")]
    public StartPhases Phases { get; set; } = StartPhases.Random;

    [Description("Seed of every random choice of the run; null: a random seed, printed and recorded.")]
    public int? Seed { get; set; }

    [Description("Sockets: real time over loopback TCP. Virtual: the same rules on simulated time, exactly repeatable from the seed.")]
    public SimulationEngine Engine { get; set; } = SimulationEngine.Sockets;

    [Description("The network's delay, loss, reordering and partitions; by default the engine's own network.")]
    [ValidateObjectMembers]
    public NetworkOptions Network { get; set; } = new();

    [Description("The machines' physical clocks (offset, drift, resolution) and their synchronisation; by default one clock for all, never off.")]
    [ValidateObjectMembers]
    public ClockOptions Clocks { get; set; } = new();

    /// <summary>The relative weights of the actions a machine draws on a tick with an empty queue.</summary>
    [ValidateObjectMembers]
    public WeightOptions Weights { get; set; } = new();

    [Description("The folder that receives one folder per run, relative to the folder of appsettings.json (the current folder when there is none).")]
    [SettingRequired(ErrorMessage = "{0} must name a folder.")]
    [LocalSetting]
    public string OutputDirectory { get; set; } = "runs";

    [Description("Also draw the five charts of a run (clock, drift, queue, jumps, delay) as PNG files in its folder, for a write-up; report.html draws them either way.")]
    [LocalSetting]
    public bool PngCharts { get; set; }
}
