using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// A message on its way: at <see cref="Time"/> the message in <see cref="Slot"/> of the run's <see cref="MessageSlots"/>
/// joins the queue of every machine of <see cref="Recipients"/>, in ascending id order. A send to all on a network whose
/// links all take the same time is one delivery, not one per peer.
/// </summary>
/// <param name="Sequence">The order it was handed to the network in: at equal instants, earlier sends arrive first.</param>
internal readonly record struct Delivery(long Time, long Sequence, MachineSet Recipients, int Slot);
