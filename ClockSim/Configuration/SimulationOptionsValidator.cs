using ClockSim.Model;
using Microsoft.Extensions.Options;
using static System.FormattableString;

namespace ClockSim.Configuration;

/// <summary>
/// The rules that span several keys or touch the file system, each failure one sentence that names
/// the key, what it holds and what is allowed.
/// </summary>
internal sealed class SimulationOptionsValidator(OutputLocation outputLocation) : IValidateOptions<SimulationOptions>
{
    /// <summary>Every rule <paramref name="options"/> break: their attributes', then these.</summary>
    public IReadOnlyList<string> Failures(SimulationOptions options) =>
        [.. Failed(new SimulationOptionsAttributes().Validate(SimulationOptions.SectionName, options)), .. Failed(Validate(null, options))];

    /// <summary>
    /// Every rule the settings a run recorded (its run.json) break: all but the output folder's, which belongs to the computer
    /// that ran it, not to the one reading it.
    /// </summary>
    public static IReadOnlyList<string> RecordedFailures(SimulationOptions options)
    {
        var failures = Failed(new SimulationOptionsAttributes().Validate(SimulationOptions.SectionName, options)).ToList();
        Rules(options, failures);
        return failures;
    }

    public ValidateOptionsResult Validate(string? name, SimulationOptions options)
    {
        var failures = new List<string>();
        Rules(options, failures);
        ValidateOutputDirectory(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The rules across keys, the output folder's aside.</summary>
    private static void Rules(SimulationOptions options, List<string> failures)
    {
        // A rate out of its own range is already reported by its attribute; comparing it would say the same twice.
        if (options.MinTickRate >= 1 && options.MaxTickRate >= 1 && options.MinTickRate > options.MaxTickRate)
        {
            failures.Add(Invariant(
                $"Simulation:MinTickRate ({options.MinTickRate}) must not exceed Simulation:MaxTickRate ({options.MaxTickRate})."));
        }

        // Above the virtual engine's limit too, the range check has said it already.
        if (options.Engine == SimulationEngine.Sockets && options.Machines is > SimulationOptions.MaxSocketMachines and <= SimulationOptions.MaxVirtualMachines)
        {
            failures.Add(Invariant(
                $"Simulation:Machines is {options.Machines}, but the Sockets engine takes at most {SimulationOptions.MaxSocketMachines} machines (one connection per pair); the Virtual engine takes up to {SimulationOptions.MaxVirtualMachines}."));
        }

        ValidateTickRates(options, failures);
        ValidateWeights(options.Weights, failures);
        NetworkOptionsRules.Validate(options.Network, options.Machines, options.DurationSeconds, failures);
        ValidateResolution(options.Clocks.Physical.ResolutionMs, failures);
    }

    private static IEnumerable<string> Failed(ValidateOptionsResult result) => result.Failed ? result.Failures ?? [] : [];

    private static void ValidateTickRates(SimulationOptions options, List<string> failures)
    {
        if (options.TickRates.Length == 0)
        {
            return;
        }

        if (options.TickRates.Length != options.Machines)
        {
            failures.Add(Invariant(
                $"Simulation:TickRates has {options.TickRates.Length} {(options.TickRates.Length == 1 ? "entry" : "entries")} but Simulation:Machines is {options.Machines}; give one rate per machine or none."));
        }

        for (var i = 0; i < options.TickRates.Length; i++)
        {
            var rate = options.TickRates[i];
            if (!SimulationOptions.IsTickRate(rate))
            {
                failures.Add(Invariant(
                    $"Simulation:TickRates:{i} is {rate}; each rate must be from {SimulationOptions.MinTickRateLimit} to {SimulationOptions.MaxTickRateLimit} ticks per second."));
            }
        }
    }

    private static void ValidateWeights(WeightOptions weights, List<string> failures)
    {
        if (weights.SendToOne == 0 && weights.SendToAll == 0 && weights.Internal == 0)
        {
            failures.Add("Simulation:Weights are all 0; at least one of SendToOne, SendToAll and Internal must be greater than 0.");
        }
    }

    /// <summary>A resolution within its range (its attribute's rule) must also be whole nanoseconds.</summary>
    private static void ValidateResolution(double resolution, List<string> failures)
    {
        if (resolution is >= PhysicalClockOptions.MinResolutionMs and <= PhysicalClockOptions.MaxResolutionMs
            && Math.Abs((resolution * ClockReading.NanosecondsPerMillisecond) - ClockReading.Nanoseconds(resolution)) > 1e-6)
        {
            failures.Add(Invariant($"Simulation:Clocks:Physical:ResolutionMs is {resolution}; it must be a whole number of nanoseconds (a multiple of 0.000001 ms)."));
        }
    }

    private void ValidateOutputDirectory(SimulationOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.OutputDirectory))
        {
            return;
        }

        var path = outputLocation.Resolve(options.OutputDirectory);

        // Nothing is created here, so a refused or dry run writes nothing and runs starting together cannot undo each
        // other's folders: the nearest folder that exists must be a folder one can write in (an empty file is written
        // into it and removed), and nothing on the way down to the output folder may be a file.
        var folder = new DirectoryInfo(path);
        while (!folder.Exists)
        {
            if (File.Exists(folder.FullName))
            {
                failures.Add($"Simulation:OutputDirectory '{options.OutputDirectory}' cannot be created or written ({path}): {folder.FullName} is a file.");
                return;
            }

            folder = folder.Parent!;
        }

        try
        {
            var probe = Path.Combine(folder.FullName, $".write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            failures.Add($"Simulation:OutputDirectory '{options.OutputDirectory}' cannot be created or written ({path}): {e.Message}");
        }
    }
}
