using ClockSim.Machines;
using ClockSim.Network;
using ClockSim.Run;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// The one wiring of a virtual run, for the host, sweeps, the bench and tests alike: the plan's machines on a virtual
/// clock, the run's timeline on that clock, the configured network, and the engine that drives them.
/// </summary>
internal sealed class VirtualSimulation
{
    /// <param name="wallClock">The real clock, for the run's start and end as wall-clock instants.</param>
    /// <param name="sinks">Where each machine's events go, given the run's timeline: machine i's at index i − 1.</param>
    public VirtualSimulation(RunPlan plan, TimeProvider wallClock, Func<RunTimeline, IReadOnlyList<IEventSink>> sinks)
    {
        Plan = plan;
        Clock = new VirtualClock();
        Timeline = new RunTimeline(Clock, wallClock);
        Network = new RunNetwork(plan, Timeline);
        Sinks = sinks(Timeline);
        Engine = new VirtualEngine(plan, Clock, Timeline, Network, Sinks);
    }

    public RunPlan Plan { get; }

    public VirtualClock Clock { get; }

    public RunTimeline Timeline { get; }

    public RunNetwork Network { get; }

    public IReadOnlyList<IEventSink> Sinks { get; }

    public VirtualEngine Engine { get; }

    /// <summary>Runs the whole plan on the calling thread, from simulated instant 0, and ends the timeline.</summary>
    /// <returns>Whether the end instant was reached before <paramref name="cancellationToken"/> fired.</returns>
    public bool Run(CancellationToken cancellationToken = default)
    {
        Timeline.Start(0);
        var completed = Engine.Run(0, Plan.Duration, cancellationToken);
        Timeline.End(completed ? EndReason.Completed : EndReason.Interrupted);
        return completed;
    }
}
