using System.Globalization;
using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Recording;

/// <summary>Turns a machine's events into CSV rows; the recipients of a send to all are written out by id.</summary>
internal sealed class EventRowMapper(int machineId, int machineCount, RunTimeline timeline)
{
    private readonly string _allPeers = string.Join(';', Enumerable.Range(1, machineCount).Where(id => id != machineId));

    public EventRow ToRow(in MachineEvent e) => new()
    {
        Machine = e.Machine,
        Tick = e.Tick,
        SystemTime = timeline.SystemTimeAt(e.ElapsedMs).UtcDateTime,
        ElapsedMs = Math.Round(e.ElapsedMs, 3),
        Event = e.Kind.ToString(),
        LogicalClock = e.LogicalClock,
        Jump = e.Jump,
        QueueLength = e.QueueLength,
        Peer = e.Kind switch
        {
            EventKind.Internal => null,
            EventKind.SendAll => _allPeers,
            _ => e.Peer.ToString(CultureInfo.InvariantCulture),
        },
        MessageId = e.HasMessage ? Message.FormatId(e.MessageSender, e.MessageSequence) : null,
        MessageClock = e.HasMessage ? e.MessageClock : null,
        VectorClock = VectorClockText.Format(e.Vector.Span),
    };
}
