using ClockSim.Configuration;
using ClockSim.Engines.Virtual;
using ClockSim.Machines;
using ClockSim.Model;
using ClockSim.Network;
using ClockSim.Run;

namespace ClockSim.Tests.Engines.Virtual;

/// <summary>A virtual engine with sinks that keep every event in memory: no host, no files.</summary>
internal sealed class VirtualRun
{
    /// <param name="sinks">Where each machine's events go; by default, to <see cref="Events"/>.</param>
    public VirtualRun(SimulationOptions options, IReadOnlyList<IEventSink>? sinks = null)
    {
        options.Engine = SimulationEngine.Virtual;
        Plan = RunPlan.Create(options);
        Events = [.. Enumerable.Range(0, Plan.MachineCount).Select(_ => new RecordingSink())];
        _simulation = new VirtualSimulation(Plan, TimeProvider.System, _ => sinks ?? Events);
    }

    private readonly VirtualSimulation _simulation;

    public RunPlan Plan { get; }

    public RunTimeline Timeline => _simulation.Timeline;

    public VirtualEngine Engine => _simulation.Engine;

    public RunNetwork Network => _simulation.Network;

    /// <summary>Machine i's events at index i − 1, in tick order.</summary>
    public IReadOnlyList<RecordingSink> Events { get; }

    /// <summary>Options with aligned phases, so tick k of a machine falls at exactly k / rate, as the engine's tests count.</summary>
    public static SimulationOptions Options(int seed, double seconds, params double[] rates) =>
        new() { Seed = seed, DurationSeconds = seconds, Machines = rates.Length, TickRates = rates, Phases = StartPhases.Aligned };

    /// <returns>Whether the end instant was reached.</returns>
    public bool Run(CancellationToken cancellationToken = default) => _simulation.Run(cancellationToken);

    /// <summary>Keeps every event; the vector clock, a view of the machine's live clock, is kept apart as a copy.</summary>
    public sealed class RecordingSink : IEventSink
    {
        private readonly List<MachineEvent> _events = [];
        private readonly List<long[]> _vectors = [];

        /// <summary>The events, without their vectors, so two runs' events compare.</summary>
        public IReadOnlyList<MachineEvent> All => _events;

        /// <summary>The vector clock after each event.</summary>
        public IReadOnlyList<long[]> Vectors => _vectors;

        public void Record(in MachineEvent e)
        {
            _events.Add(e with { Vector = default });
            _vectors.Add(e.Vector.ToArray());
        }
    }
}
