using ClockSim.Machines;
using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Network;

/// <summary>
/// Puts the configured network between a machine and its engine's transport: each message is dropped (and logged
/// with its reason) or handed on with the delay drawn for it, which the engine then honours. Both engines use it,
/// so a configuration means the same in both. A synchronisation message meets the same partitions, losses and delays,
/// drawn from streams of its own (<see cref="NetworkConditions.DecideSync"/>); a dropped one is never answered.
/// </summary>
internal sealed class ConditionedTransport(
    int machineId, IMessageTransport engineTransport, NetworkConditions conditions, RunTimeline timeline, UndeliveredLog undelivered) : IMessageTransport
{
    public int? Port => engineTransport.Port;

    /// <summary>A message is dropped or handed on before a send returns, so it is over as soon as the engine's is.</summary>
    public bool SendsAtOnce => engineTransport.SendsAtOnce;

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

    /// <summary>One message per recipient, each decided on its own link: every link draws its own loss and delay.</summary>
    public void SendToAll(MachineSet recipients, in Message message)
    {
        foreach (var recipient in recipients)
        {
            Send(recipient, message);
        }
    }

    public void SendSync(int recipient, in SyncMessage message)
    {
        var route = conditions.DecideSync(machineId, recipient, timeline.ElapsedNanoseconds(message.SentTimestamp));
        if (route.Dropped is null)
        {
            engineTransport.SendSync(recipient, message with { DelayNanoseconds = route.DelayNanoseconds });
        }
    }
}
