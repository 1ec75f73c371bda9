using System.Globalization;
using ClockSim.Clocks;
using ClockSim.Configuration;
using ClockSim.Model;

namespace ClockSim.Run;

/// <summary>
/// Everything a run fixes before it starts: the seed (given or drawn), each machine's tick rate and the
/// folder it writes to.
/// </summary>
internal sealed class RunPlan
{
    private RunPlan(SimulationOptions options, int seed, double[] tickRates, long[] phases, string folder)
    {
        Options = options;
        Seed = seed;
        TickRates = tickRates;
        PhaseNanoseconds = phases;
        Folder = folder;
    }

    public SimulationOptions Options { get; }

    public int Seed { get; }

    /// <summary>The tick rate of machine i at index i − 1, in ticks per second.</summary>
    public IReadOnlyList<double> TickRates { get; }

    /// <summary>
    /// Machine i's start phase at index i − 1, in whole nanoseconds after the shared start (see <see cref="TickPhase"/>):
    /// drawn with <see cref="StartPhases.Random"/>, 0 with <see cref="StartPhases.Aligned"/>.
    /// </summary>
    public IReadOnlyList<long> PhaseNanoseconds { get; }

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
        Phases = Options.Phases,
        Engine = Options.Engine,
        Network = Options.Network,
        Clocks = Options.Clocks,
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

    /// <param name="createFolder">
    /// Whether to create the run folder now, choosing its name and creating it in one step (see <see cref="RunFolderLock"/>),
    /// as a run that will write into it must; a plan that may write nothing (a sweep's run) only names a free folder.
    /// </param>
    public static RunPlan Create(SimulationOptions options, OutputLocation output, TimeProvider time, bool createFolder = false)
    {
        var seed = options.Seed ?? Random.Shared.Next();
        var rates = options.TickRates.Length > 0 ? [.. options.TickRates] : DrawRates(options, seed);
        long[] phases = options.Phases == StartPhases.Random ? [.. rates.Select((rate, i) => TickPhase.Draw(seed, i + 1, rate))] : new long[rates.Length];
        var name = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyyMMdd-HHmmss}-seed{seed}");
        return new RunPlan(options, seed, rates, phases, UniqueFolder(output.Resolve(options.OutputDirectory), name, createFolder));
    }

    /// <summary>Every machine's physical clock as the run starts, machine i at index i − 1: offsets and drifts drawn from the seed.</summary>
    public PhysicalClock[] PhysicalClocks() =>
        [.. Enumerable.Range(1, MachineCount).Select(id => PhysicalClock.Draw(Seed, id, Options.Clocks.Physical))];

    /// <summary>The clocks' synchronisation of the run, or null when it has none.</summary>
    public CristianSync? Synchronisation(IReadOnlyList<PhysicalClock> clocks, RunTimeline timeline) =>
        Options.Clocks.Sync.Method == SyncMethod.Cristian ? new CristianSync(clocks, timeline) : null;

    /// <summary>Machine <paramref name="machineId"/>'s own random source for its actions and peers, derived from the run's seed.</summary>
    public SeededRandom MachineRandom(int machineId) => SeededRandom.ForStream(Seed, RandomStream.MachineActions, machineId);

    /// <summary>Rates are whole ticks per second in [MinTickRate, MaxTickRate], drawn from the run's seed.</summary>
    private static double[] DrawRates(SimulationOptions options, int seed)
    {
        var random = SeededRandom.ForStream(seed, RandomStream.TickRates);
        return [.. Enumerable.Range(0, options.Machines).Select(_ => (double)random.NextInt(options.MinTickRate, options.MaxTickRate))];
    }

    private static string UniqueFolder(string parent, string name, bool create)
    {
        using var chosenAlone = create ? RunFolderLock.Take(parent) : null;
        var folder = Path.Combine(parent, name);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{name}-{n}"));
        }

        if (create)
        {
            Directory.CreateDirectory(folder);
        }

        return folder;
    }
}
