using System.Globalization;
using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Recording;

/// <summary>
/// Turns a machine's events into CSV rows: the one conversion from <see cref="MachineEvent"/> to <see cref="EventRow"/>,
/// whose reverse is <see cref="EventCsvReader"/>'s. The cells of a message are empty when the event has none.
/// </summary>
internal sealed class EventRowMapper(int machineId, int machineCount, RunTimeline timeline)
{
    private static readonly string[] EventNames = Enum.GetNames<EventKind>();

    private readonly MachineSet _allPeers = MachineSet.AllBut(machineCount, machineId);

    private readonly SystemTimeText _systemTime = new();

    private readonly char[] _vectorText = new char[VectorClockText.ScratchLength(machineCount)];

    /// <summary>Each machine id as text, index = id, made once rather than once per row.</summary>
    private readonly string[] _ids = [.. Enumerable.Range(0, machineCount + 1).Select(id => id.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The recipients of this machine's sends to all as text, made once rather than once per row.</summary>
    private readonly string _allPeersText = MachineSet.AllBut(machineCount, machineId).ToString();

    /// <exception cref="ArgumentException"><paramref name="e"/> lacks a clock of the schema, as an event read from an older file does.</exception>
    public EventRow ToRow(in MachineEvent e)
    {
        if (e is not { PhysicalNs: { } physical, Hlc: { } hlc, Vector.IsEmpty: false })
        {
            throw new ArgumentException($"Event {e.Tick} of machine {e.Machine} lacks its vector clock, physical reading or HLC.", nameof(e));
        }

        return new EventRow
        {
            Machine = e.Machine,
            Tick = e.Tick,
            SystemTime = _systemTime.Of(timeline.SystemTimeAt(e.ElapsedMs).UtcDateTime),
            ElapsedMs = Math.Round(e.ElapsedMs, 3),
            Event = EventNames[(int)e.Kind],
            LogicalClock = e.LogicalClock,
            Jump = e.Jump,
            QueueLength = e.QueueLength,
            Peer = PeerText(e.Peers),
            MessageId = e.Message.IsNone ? null : e.Message.ToString(),
            MessageClock = e.MessageClock,
            PhysicalMs = ClockReading.ExactMilliseconds(physical),
            Hlc = hlc.ToString(),
            VectorClock = VectorClockText.Format(e.Vector.Span, _vectorText),
        };
    }

    /// <summary>The Peer cell, from the texts made once rather than once per row where it can.</summary>
    private string? PeerText(MachineSet peers) => peers.Count switch
    {
        0 => null,
        1 when peers.First < _ids.Length => _ids[peers.First],
        _ when peers == _allPeers => _allPeersText,
        _ => peers.ToString(),
    };
}
