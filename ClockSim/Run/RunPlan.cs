using ClockSim.Clocks;
using ClockSim.Configuration;
using ClockSim.Machines;
using ClockSim.Model;

namespace ClockSim.Run;

/// <summary>
/// Everything a run fixes before it starts, from its options alone: the seed (given or drawn), each machine's tick rate
/// and start phase. Where the run's files go is <c>RunFolder</c>'s business, for the runs that write any.
/// </summary>
internal sealed class RunPlan
{
    private RunPlan(SimulationOptions options, int seed, double[] tickRates, long[] phases)
    {
        Options = options;
        Seed = seed;
        TickRates = tickRates;
        PhaseNanoseconds = phases;
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

    public int MachineCount => TickRates.Count;

    /// <summary>The options as the run used them: the seed and every tick rate filled in, so they reproduce it.</summary>
    public SimulationOptions ResolvedOptions()
    {
        var resolved = OptionsCopy.Of(Options);
        resolved.TickRates = [.. TickRates];
        resolved.Seed = Seed;
        return resolved;
    }

    /// <summary>Whether the rates were drawn from the seed rather than pinned by <c>TickRates</c>.</summary>
    public bool RatesDrawn => Options.TickRates.Length == 0;

    public TimeSpan Duration => TimeSpan.FromSeconds(Options.DurationSeconds);

    public static RunPlan Create(SimulationOptions options)
    {
        var seed = options.Seed ?? Random.Shared.Next();
        var rates = options.TickRates.Length > 0 ? [.. options.TickRates] : DrawRates(options, seed);
        long[] phases = options.Phases == StartPhases.Random ? [.. rates.Select((rate, i) => TickPhase.Draw(seed, i + 1, rate))] : new long[rates.Length];
        return new RunPlan(options, seed, rates, phases);
    }

    /// <summary>Every machine's physical clock as the run starts, machine i at index i − 1: offsets and drifts drawn from the seed.</summary>
    public PhysicalClock[] PhysicalClocks() =>
        [.. Enumerable.Range(1, MachineCount).Select(id => PhysicalClock.Draw(Seed, id, Options.Clocks.Physical.ToSpread()))];

    /// <summary>The clocks' synchronisation of the run, or null when it has none.</summary>
    public CristianSync? Synchronisation(IReadOnlyList<PhysicalClock> clocks, RunTimeline timeline) =>
        Options.Clocks.Sync.Method == SyncMethod.Cristian ? new CristianSync(clocks, timeline) : null;

    /// <summary>How many ticks each machine will have in the whole run, by its tick plan (machine i at index i − 1).</summary>
    public long[] PlannedTicks() =>
        [.. TickRates.Select((rate, i) => new TickPlan(rate, PhaseNanoseconds[i]).CountBy(TickPhase.NanosecondsIn(Duration)))];

    /// <summary>Machine <paramref name="machineId"/>'s own random source for its actions and peers, derived from the run's seed.</summary>
    public SeededRandom MachineRandom(int machineId) => SeededRandom.ForStream(Seed, RandomStream.MachineActions, machineId);

    /// <summary>What machine <paramref name="machineId"/> runs with: its rate, phase, the weights and its random stream.</summary>
    public MachineSpec MachineSpec(int machineId) =>
        new(machineId, MachineCount, TickRates[machineId - 1], PhaseNanoseconds[machineId - 1], Options.Weights.ToActionWeights(), MachineRandom(machineId));

    /// <summary>Rates are whole ticks per second in [MinTickRate, MaxTickRate], drawn from the run's seed.</summary>
    private static double[] DrawRates(SimulationOptions options, int seed)
    {
        var random = SeededRandom.ForStream(seed, RandomStream.TickRates);
        return [.. Enumerable.Range(0, options.Machines).Select(_ => (double)random.NextInt(options.MinTickRate, options.MaxTickRate))];
    }
}
