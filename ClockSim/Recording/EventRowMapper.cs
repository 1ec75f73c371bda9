using System.Globalization;
using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Recording;

/// <summary>Turns a machine's events into CSV rows; the recipients of a send to all are written out by id.</summary>
internal sealed class EventRowMapper(int machineId, int machineCount, RunTimeline timeline)
{
    private static readonly string[] EventNames = Enum.GetNames<EventKind>();

    private readonly string _allPeers = string.Join(';', Enumerable.Range(1, machineCount).Where(id => id != machineId));

    private readonly SystemTimeText _systemTime = new();

    private readonly char[] _vectorText = new char[VectorClockText.ScratchLength(machineCount)];

    /// <summary>Each machine id as text, index = id, made once rather than once per row.</summary>
    private readonly string[] _ids = [.. Enumerable.Range(0, machineCount + 1).Select(id => id.ToString(CultureInfo.InvariantCulture))];

    public EventRow ToRow(in MachineEvent e) => new()
    {
        Machine = e.Machine,
        Tick = e.Tick,
        SystemTime = _systemTime.Of(timeline.SystemTimeAt(e.ElapsedMs).UtcDateTime),
        ElapsedMs = Math.Round(e.ElapsedMs, 3),
        Event = EventNames[(int)e.Kind],
        LogicalClock = e.LogicalClock,
        Jump = e.Jump,
        QueueLength = e.QueueLength,
        Peer = e.Kind switch
        {
            EventKind.Internal => null,
            EventKind.SendAll => _allPeers,
            _ => _ids[e.Peer],
        },
        MessageId = e.HasMessage ? Message.FormatId(e.MessageSender, e.MessageSequence) : null,
        MessageClock = e.HasMessage ? e.MessageClock : null,
        PhysicalMs = ClockReading.ExactMilliseconds(e.PhysicalNs),
        Hlc = e.Hlc.ToString(),
        VectorClock = VectorClockText.Format(e.Vector.Span, _vectorText),
    };
}
