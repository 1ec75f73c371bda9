using System.Globalization;
using ClockSim.Configuration;
using ClockSim.Network;

namespace ClockSim.Run;

/// <summary>
/// Everything a run fixes before it starts: the seed (given or drawn), each machine's tick rate,
/// the secret token of its connections and the folder it writes to.
/// </summary>
internal sealed class RunPlan
{
    private RunPlan(SimulationOptions options, int seed, double[] tickRates, RunToken token, string folder)
    {
        Options = options;
        Seed = seed;
        TickRates = tickRates;
        Token = token;
        Folder = folder;
    }

    public SimulationOptions Options { get; }

    public int Seed { get; }

    /// <summary>The tick rate of machine i at index i − 1, in ticks per second.</summary>
    public IReadOnlyList<double> TickRates { get; }

    public RunToken Token { get; }

    /// <summary>The run folder, e.g. <c>runs/20261125-120000-seed42</c>, as a full path.</summary>
    public string Folder { get; }

    public int MachineCount => TickRates.Count;

    /// <summary>The options as the run used them: the seed and every tick rate filled in, so they reproduce it.</summary>
    public SimulationOptions ResolvedOptions() => new()
    {
        DurationSeconds = Options.DurationSeconds,
        Machines = Options.Machines,
        MinTickRate = Options.MinTickRate,
        MaxTickRate = Options.MaxTickRate,
        TickRates = [.. TickRates],
        Seed = Seed,
        Weights = new WeightOptions
        {
            SendToOne = Options.Weights.SendToOne,
            SendToAll = Options.Weights.SendToAll,
            Internal = Options.Weights.Internal,
        },
        OutputDirectory = Options.OutputDirectory,
    };

    /// <summary>Whether the rates were drawn from the seed rather than pinned by <c>TickRates</c>.</summary>
    public bool RatesDrawn => Options.TickRates.Length == 0;

    public TimeSpan Duration => TimeSpan.FromSeconds(Options.DurationSeconds);

    public static RunPlan Create(SimulationOptions options, OutputLocation output, TimeProvider time)
    {
        var seed = options.Seed ?? Random.Shared.Next();
        var rates = options.TickRates.Length > 0 ? [.. options.TickRates] : DrawRates(options, seed);
        var name = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyyMMdd-HHmmss}-seed{seed}");
        return new RunPlan(options, seed, rates, RunToken.CreateRandom(), UniqueFolder(output.Resolve(options.OutputDirectory), name));
    }

    /// <summary>
    /// The seed of machine <paramref name="machineId"/>'s own random source: a SplitMix64 step away from
    /// the run's seed, so neighbouring machines get unrelated sequences and one seed reproduces them all.
    /// </summary>
    public int MachineSeed(int machineId)
    {
        var z = unchecked((ulong)Seed * 0x9E3779B97F4A7C15UL + (ulong)machineId * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    /// <summary>Rates are whole ticks per second in [MinTickRate, MaxTickRate], drawn from the run's seed.</summary>
    private static double[] DrawRates(SimulationOptions options, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, options.Machines).Select(_ => (double)random.Next(options.MinTickRate, options.MaxTickRate + 1))];
    }

    private static string UniqueFolder(string parent, string name)
    {
        var folder = Path.Combine(parent, name);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{name}-{n}"));
        }

        return folder;
    }
}
