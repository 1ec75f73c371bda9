using ClockSim.Clocks;
using ClockSim.Model;

namespace ClockSim.Machines;

/// <summary>
/// What a machine sends its messages through. Each engine gives its machines one: real loopback sockets, or
/// an in-memory network on virtual time. The transport carries the message to the recipient's
/// <see cref="IInbox"/>; the machine never learns how.
/// </summary>
internal interface IMessageTransport
{
    /// <summary>The loopback port the machine listens on, or <see langword="null"/> for an in-memory network.</summary>
    int? Port { get; }

    /// <summary>
    /// Whether a send is over when the call returns: the message is written to the wire (or dropped) and the transport
    /// keeps nothing of its vector clock, so the sender may use that copy again for its next message.
    /// </summary>
    bool SendsAtOnce { get; }

    /// <summary>Sends <paramref name="message"/> to machine <paramref name="recipient"/>.</summary>
    void Send(int recipient, in Message message);

    /// <summary>
    /// Sends <paramref name="message"/> to every machine of <paramref name="recipients"/>: the same as <see cref="Send"/> to each
    /// in ascending id order, which a transport whose links all behave alike may do in one step rather than one per recipient.
    /// </summary>
    void SendToAll(MachineSet recipients, in Message message);

    /// <summary>Sends a message of the clocks' synchronisation to machine <paramref name="recipient"/>; it reaches the run's <see cref="CristianSync"/>, not a queue.</summary>
    void SendSync(int recipient, in SyncMessage message);
}
