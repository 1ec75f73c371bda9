using ClockSim.Analysis.Report;
using ClockSim.Configuration;
using ClockSim.Sweeps;
using static System.FormattableString;
using ClockSim.Application;

namespace ClockSim.Cli;

/// <summary>
/// Every limit the checks hold a setting to, written from the constants the checks use: <c>run --help</c> prints it and
/// README.md carries the same table between <c>&lt;!-- generated:limits --&gt;</c> markers, which a test keeps equal to
/// <see cref="Markdown"/>. Each limit is what the engines can carry out with the meaning the README gives it.
/// </summary>
internal static class SettingLimits
{
    /// <summary>The README's marker for the table.</summary>
    public const string BlockName = "limits";

    /// <summary>Each limited value, what it may be, and why that is the limit.</summary>
    public static IReadOnlyList<(string What, string Allowed, string Why)> Rows { get; } =
    [
        ("Simulation:DurationSeconds", Invariant($"{SimulationOptions.MinDurationSeconds} to {SimulationOptions.MaxDurationSeconds} s"),
            "a millisecond is the unit of ElapsedMs; a day is the longest run"),
        ("Simulation:Machines", Invariant($"2 to {SimulationOptions.MaxSocketMachines} (Sockets), to {SimulationOptions.MaxVirtualMachines} (Virtual)"),
            "one TCP connection per pair; the virtual engine orders ticks of up to 1000 machines exactly"),
        ("Simulation:MinTickRate, MaxTickRate", Invariant($"whole numbers from 1 to {SimulationOptions.MaxTickRateLimit} ticks/s, MinTickRate ≤ MaxTickRate"),
            "the rates drawn for each machine"),
        ("Simulation:TickRates:<i>", Invariant($"{SimulationOptions.MinTickRateLimit} to {SimulationOptions.MaxTickRateLimit} ticks/s, one per machine"),
            "the virtual engine takes a rate to a millionth of a tick per second, so the slowest is still taken to 0.1 %"),
        ("Simulation:Weights:*", Invariant($"0 to {WeightOptions.MaxWeight:0e0}, not all 0"),
            "their sum stays finite and each share is resolved by the draw"),
        ("Simulation:Network:…:MeanMs, MinMs, MaxMs", Invariant($"0 to {DelayOptions.MaxDelayMs} ms"),
            "a delay of the longest run never arrives in any run, and every delay is exact in whole nanoseconds"),
        ("Simulation:Network:…:LossRate", "0 up to (not including) 1", "a link that loses everything is a partition"),
        ("Simulation:Network:Partitions:<i>", Invariant($"FromSeconds from 0 to before the run's end; ToSeconds after it, at most {SimulationOptions.MaxDurationSeconds} s"),
            "a partition that would begin after the run's end would change nothing"),
        ("Simulation:Clocks:Physical:MaxOffsetMs", Invariant($"0 to {PhysicalClockOptions.MaxOffsetLimitMs} ms"),
            "an offset of the longest run; every reading is exact in whole nanoseconds"),
        ("Simulation:Clocks:Physical:MaxDriftPpm", Invariant($"0 to {PhysicalClockOptions.MaxDriftLimitPpm} ppm"),
            "10 %, a hundred times a cheap quartz's: every clock still runs forward"),
        ("Simulation:Clocks:Physical:ResolutionMs", Invariant($"{PhysicalClockOptions.MinResolutionMs:0.######} to {PhysicalClockOptions.MaxResolutionMs} ms, whole nanoseconds"),
            "the clocks are kept in nanoseconds; a reading coarser than a second would not tell the ticks apart"),
        ("Simulation:Clocks:Sync:IntervalSeconds", Invariant($"{SyncOptions.MinIntervalSeconds} to {SimulationOptions.MaxDurationSeconds} s"),
            "a millisecond is the unit of ElapsedMs; a day is the longest run"),
        ("A run's events", "no more than the disk under Simulation:OutputDirectory has room for, at the fewest bytes a row takes",
            "a run that fills the disk cannot finish; one that could fit is never refused"),
        ("A run's open files", "no more than the process's open-file limit (ulimit -n): a CSV per machine, and with the Sockets engine a socket per machine and two per pair",
            "a run that runs out of them cannot go on; the Virtual engine opens no sockets"),
        ("A settings file", Invariant($"at most {JsonSettingsFile.MaxBytes >> 20} MiB"),
            "appsettings.json, a --config file, a sweep or experiment file: far more than any needs; a larger one is refused before it is read"),
        ("A sweep's combinations", Invariant($"at most {SweepCombinations.MaxCombinations:N0}"), "each is validated as a run's settings are"),
        ("A sweep's seeds", Invariant($"at most {SweepFileReader.MaxSeeds:N0}, each a whole number from {int.MinValue} to {int.MaxValue}"), "the seed of a run"),
        ("A sweep's size", Invariant($"combinations × seeds × machines at most {SweepCombinations.MaxMachineRuns:N0}"),
            "a sweep keeps every run's figures until it writes its summary: about 2 GB at most"),
    ];

    /// <summary>The table as <c>run --help</c> prints it.</summary>
    public static void Write(TextWriter output)
    {
        output.WriteLine("Limits (every accepted value runs to completion with the meaning above):");
        HelpColumns.Write(output, [.. Rows.Select(r => (r.What, $"{r.Allowed}: {r.Why}."))]);
        output.WriteLine();
    }

    /// <summary>The table as README.md holds it.</summary>
    public static string Markdown() =>
        MarkdownTable.Render(["Setting", "Allowed", "Why"], Rows.Select(r => (IReadOnlyList<string>)[r.What.StartsWith("Simulation:", StringComparison.Ordinal) ? MarkdownText.Code(r.What) : r.What, r.Allowed, r.Why]), allText: true);
}
