using ClockSim.Machines;
using ClockSim.Run;

namespace ClockSim.Network;

/// <summary>
/// The run's configured network, shared by its machines: it wraps each machine's engine transport in the network
/// conditions (none when <c>Simulation:Network</c> is left at its defaults) and keeps the log of what it dropped.
/// </summary>
internal sealed class RunNetwork
{
    private readonly NetworkConditions? _conditions;
    private readonly RunTimeline _timeline;

    public RunNetwork(RunPlan plan, RunTimeline timeline)
    {
        _timeline = timeline;
        Undelivered = new UndeliveredLog(plan.MachineCount);
        var options = plan.Options.Network;
        _conditions = options.IsDefault() ? null : new NetworkConditions(options, plan.MachineCount, plan.Seed);
    }

    public UndeliveredLog Undelivered { get; }

    /// <summary>The transport machine <paramref name="machineId"/> sends through: its engine's, under the configured conditions.</summary>
    public IMessageTransport Attach(int machineId, IMessageTransport engineTransport) =>
        _conditions is null ? engineTransport : new ConditionedTransport(machineId, engineTransport, _conditions, _timeline, Undelivered);
}
