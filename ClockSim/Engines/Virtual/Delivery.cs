using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>A message on its way: it joins the queue of machine <see cref="RecipientIndex"/> (id − 1) at <see cref="Time"/>.</summary>
/// <param name="Sequence">The order it was handed to the network in: at equal instants, earlier sends arrive first.</param>
internal readonly record struct Delivery(long Time, long Sequence, int RecipientIndex, Message Message);
