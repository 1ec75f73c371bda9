using System.Runtime.CompilerServices;
using ClockSim.Clocks;
using ClockSim.Machines;
using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// The in-memory network of virtual time, one transport shared by every machine (it has no ports and no per-machine
/// state). Every message takes the same path: the sender's send goes through <see cref="Send"/> or
/// <see cref="SendToAll"/>, which decides when (and later whether) it arrives, keeps it once in <see cref="MessageSlots"/> and queues one
/// delivery for all its recipients;
/// at that instant the engine drops it into each recipient's queue. A message arrives the delay the configured
/// network drew for it after its send, or <see cref="DefaultLatencyNanoseconds"/> after it on the engine's own
/// network (about the one-way latency of loopback TCP here). A synchronisation message takes the same time and waits in
/// <see cref="SyncArrivals"/> instead, for the run's <see cref="CristianSync"/>.
/// </summary>
internal sealed class VirtualNetwork(DeliveryQueue deliveries, MessageSlots messages, SyncArrivals syncArrivals, VirtualClock clock) : IMessageTransport
{
    /// <summary>0.1 ms: the loopback latency the bench measures for the socket engine.</summary>
    public const long DefaultLatencyNanoseconds = 100_000;

    public int? Port => null;

    public void Send(int recipient, in Message message) => SendToAll(MachineSet.Of(recipient), message);

    /// <summary>A message waits in memory until its delivery, vector clock and all.</summary>
    public bool SendsAtOnce => false;

    /// <summary>One delivery for every recipient: they all arrive at the same instant, one after another in id order.</summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SendToAll(MachineSet recipients, in Message message) =>
        deliveries.Add(clock.GetTimestamp() + (message.DelayNanoseconds ?? DefaultLatencyNanoseconds), recipients, messages.Add(message, recipients.Count));

    public void SendSync(int recipient, in SyncMessage message) =>
        syncArrivals.Add(clock.GetTimestamp() + (message.DelayNanoseconds ?? DefaultLatencyNanoseconds), message);
}
