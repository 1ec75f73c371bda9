using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Network;

/// <summary>
/// Every message the network dropped, as it drops them, with counts per sender and reason, so that nothing sent
/// goes unaccounted. Written by the thread that runs the ticks (one per run in both engines), read after the run.
/// </summary>
internal sealed class UndeliveredLog(int machineCount)
{
    private readonly List<UndeliveredMessage> _dropped = [];
    private readonly long[,] _counts = new long[machineCount + 1, Enum.GetValues<UndeliveredReason>().Length];

    public IReadOnlyList<UndeliveredMessage> Dropped => _dropped;

    public void Drop(in Message message, int recipient, UndeliveredReason reason)
    {
        // Nothing of a dropped message's vector clock is written, and its sender may use that copy again.
        _dropped.Add(new UndeliveredMessage(message with { Vector = ReadOnlyMemory<long>.Empty }, recipient, reason));
        _counts[message.Sender, (int)reason]++;
    }

    /// <summary>Messages machine <paramref name="sender"/> sent that the network dropped for <paramref name="reason"/>.</summary>
    public long Count(int sender, UndeliveredReason reason) => _counts[sender, (int)reason];
}
