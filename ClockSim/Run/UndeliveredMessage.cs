using ClockSim.Model;

namespace ClockSim.Run;

/// <summary>A message sent to <see cref="Recipient"/> that it never received, and why.</summary>
internal readonly record struct UndeliveredMessage(Message Message, int Recipient, UndeliveredReason Reason);
