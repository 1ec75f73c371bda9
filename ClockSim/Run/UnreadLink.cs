namespace ClockSim.Run;

/// <summary>
/// A link whose reading stopped before its end: machine <see cref="Recipient"/> took the messages
/// <see cref="Sender"/> sent it up to sequence <see cref="ReadThrough"/> (0: none), and never read the ones sent after.
/// Those are still on their way when the run ends; the sender's events say which they are.
/// </summary>
internal readonly record struct UnreadLink(int Sender, int Recipient, long ReadThrough);
