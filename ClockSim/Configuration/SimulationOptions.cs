using System.ComponentModel.DataAnnotations;

namespace ClockSim.Configuration;

/// <summary>
/// The settings of one run, bound from the <c>Simulation</c> section of <c>appsettings.json</c>
/// and overridable on the command line (<c>--Simulation:DurationSeconds=120</c>).
/// </summary>
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

    /// <summary>How long the run ticks, in real seconds. Default 60.</summary>
    [Range(0.001, MaxDurationSeconds, ErrorMessage = "Simulation:DurationSeconds must be a number of seconds greater than 0 and at most 86400.")]
    public double DurationSeconds { get; set; } = 60;

    /// <summary>How many machines form the full mesh. Default 3.</summary>
    /// <remarks>At most <see cref="MaxSocketMachines"/> on the socket engine and <see cref="MaxVirtualMachines"/> on the virtual engine.</remarks>
    [Range(2, MaxVirtualMachines, ErrorMessage = "Simulation:Machines must be a whole number from 2 to 128 (Sockets engine) or to 1000 (Virtual engine).")]
    public int Machines { get; set; } = 3;

    /// <summary>The slowest random tick rate, in ticks per second (inclusive). Default 1.</summary>
    [Range(1, (int)MaxTickRateLimit, ErrorMessage = "Simulation:MinTickRate must be a whole number of ticks per second from 1 to 10000.")]
    public int MinTickRate { get; set; } = 1;

    /// <summary>The fastest random tick rate, in ticks per second (inclusive). Default 6.</summary>
    [Range(1, (int)MaxTickRateLimit, ErrorMessage = "Simulation:MaxTickRate must be a whole number of ticks per second from 1 to 10000.")]
    public int MaxTickRate { get; set; } = 6;

    /// <summary>
    /// Pins each machine's tick rate, in ticks per second (fractions allowed), one entry per machine.
    /// Default empty: every rate is drawn from [<see cref="MinTickRate"/>, <see cref="MaxTickRate"/>].
    /// </summary>
    public double[] TickRates { get; set; } = [];

    /// <summary>The seed of every random choice of the run. Default absent: a random seed, printed and recorded.</summary>
    public int? Seed { get; set; }

    /// <summary>
    /// The engine that carries out the run. Default <see cref="SimulationEngine.Sockets"/>: real time over loopback
    /// TCP; <see cref="SimulationEngine.Virtual"/> runs the same rules on simulated time, deterministically.
    /// </summary>
    public SimulationEngine Engine { get; set; } = SimulationEngine.Sockets;

    /// <summary>The network's delay, loss, reordering and partitions; by default the engine's own network.</summary>
    public NetworkOptions Network { get; set; } = new();

    /// <summary>The relative weights of the actions a machine draws on a tick with an empty queue.</summary>
    public WeightOptions Weights { get; set; } = new();

    /// <summary>
    /// The folder that receives one sub-folder per run. Default <c>runs</c>, relative to the folder
    /// of <c>appsettings.json</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Simulation:OutputDirectory must name a folder.")]
    public string OutputDirectory { get; set; } = "runs";
}
