using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Recording;

/// <summary>
/// Finds the messages sent on links read short of their end (<see cref="UnreadLink"/>): a sender's sends to the
/// link's recipient after the last message read there, less the ones the configured network dropped (listed already).
/// They are read back from the senders' completed event logs, so the send path keeps no list of what it sent; a run
/// whose links were all read to their end reads nothing back.
/// </summary>
internal static class StrandedMessages
{
    /// <param name="links">The links read short of their end.</param>
    /// <param name="logs">The completed event logs, machine i's at index i − 1.</param>
    /// <param name="dropped">What the configured network dropped, which never went on a link.</param>
    /// <param name="timeline">The run's timeline, to turn a send row's time back into its timestamp.</param>
    public static IReadOnlyList<UndeliveredMessage> Find(
        IReadOnlyList<UnreadLink> links, IReadOnlyList<IEventLog> logs, IReadOnlyList<UndeliveredMessage> dropped, RunTimeline timeline)
    {
        if (links.Count == 0)
        {
            return [];
        }

        var stranded = new List<UndeliveredMessage>();
        foreach (var sender in links.GroupBy(link => link.Sender))
        {
            var readThrough = sender.ToDictionary(link => link.Recipient, link => link.ReadThrough);
            var droppedHere = dropped
                .Where(d => d.Message.Sender == sender.Key)
                .Select(d => (d.Message.Sequence, d.Recipient))
                .ToHashSet();
            foreach (var row in EventCsvReader.Events(logs[sender.Key - 1].FilePath))
            {
                if (row.Kind is not (EventKind.Send or EventKind.SendAll))
                {
                    continue;
                }

                var message = new Message(sender.Key, row.Message.Sequence, row.MessageClock ?? 0, timeline.TimestampAt(row.ElapsedMs));
                foreach (var recipient in row.Peers)
                {
                    if (readThrough.TryGetValue(recipient, out var read) && row.Message.Sequence > read
                        && !droppedHere.Contains((row.Message.Sequence, recipient)))
                    {
                        stranded.Add(new UndeliveredMessage(message, recipient, UndeliveredReason.InFlightAtEnd));
                    }
                }
            }
        }

        return stranded;
    }
}
