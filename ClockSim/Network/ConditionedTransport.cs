using ClockSim.Machines;
using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Network;

/// <summary>
/// Puts the configured network between a machine and its engine's transport: each message is dropped (and logged
/// with its reason) or handed on with the delay drawn for it, which the engine then honours. Both engines use it,
/// so a configuration means the same in both.
/// </summary>
internal sealed class ConditionedTransport(
    int machineId, IMessageTransport engineTransport, NetworkConditions conditions, RunTimeline timeline, UndeliveredLog undelivered) : IMessageTransport
{
    public int? Port => engineTransport.Port;

    public void Send(int recipient, in Message message)
    {
        var route = conditions.Decide(machineId, recipient, timeline.ElapsedNanoseconds(message.SentTimestamp));
        if (route.Dropped is { } reason)
        {
            undelivered.Drop(message, recipient, reason);
            return;
        }

        engineTransport.Send(recipient, message with { DelayNanoseconds = route.DelayNanoseconds });
    }
}
