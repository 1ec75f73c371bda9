using static System.FormattableString;

namespace ClockSim.Recording;

/// <summary>
/// Where the messages of a run ended up, from <c>run.json</c>: every message sent (a send to all counting once per
/// recipient) was received, is left in a queue, is still in flight, or was dropped by loss or at a partition.
/// </summary>
public sealed record MessageAccount(long Sent, long Received, long LeftInQueues, long InFlight, long DroppedByLoss, long DroppedByPartition)
{
    /// <summary>The messages accounted for: this equals <see cref="Sent"/> in every consistent run.</summary>
    public long Accounted => Received + LeftInQueues + InFlight + DroppedByLoss + DroppedByPartition;

    public static MessageAccount Of(RunManifest manifest) => new(
        manifest.Machines.Sum(m => m.Sent),
        manifest.Machines.Sum(m => m.Received),
        manifest.Machines.Sum(m => m.LeftInQueue),
        manifest.InFlight,
        manifest.Machines.Sum(m => m.DroppedByLoss),
        manifest.Machines.Sum(m => m.DroppedByPartition));

    /// <summary><c>181 sent = 153 received + 0 left in queues + 3 in flight + 25 lost + 0 dropped at a partition</c>; the drops only when any.</summary>
    public override string ToString()
    {
        var text = Invariant($"{Sent} sent = {Received} received + {LeftInQueues} left in queues + {InFlight} in flight");
        if (DroppedByLoss + DroppedByPartition > 0)
        {
            text += Invariant($" + {DroppedByLoss} lost + {DroppedByPartition} dropped at a partition");
        }

        return text;
    }
}
