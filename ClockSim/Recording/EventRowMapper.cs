using System.Globalization;
using System.Text;
using ClockSim.Model;
using ClockSim.Run;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// Writes a machine's events as rows of its CSV: the one conversion from <see cref="MachineEvent"/> to the columns of
/// <see cref="EventRow"/>, in their order, whose reverse is <see cref="EventCsvReader"/>'s. Each cell goes straight to the
/// CSV writer: numbers as the writer formats those of an <see cref="EventRow"/>; the message id, the clocks and the vector
/// as values that format themselves as UTF-8 (the file's encoding) into the writer's buffer; the rest as UTF-8 made once
/// per log. So a row makes no object and no string. The cells of a message are empty when the event
/// has none. One instance per log, used from one thread.
/// </summary>
internal sealed class EventRowMapper
{
    private static readonly byte[][] EventNames = [.. Enum.GetNames<EventKind>().Select(Encoding.ASCII.GetBytes)];

    private readonly RunTimeline _timeline;

    private readonly MachineSet _allPeers;

    private readonly SystemTimeText _systemTime = new();

    /// <summary>Each machine id as text, index = id, made once rather than once per row.</summary>
    private readonly byte[][] _ids;

    /// <summary>The recipients of this machine's sends to all as text, made once rather than once per row.</summary>
    private readonly byte[] _allPeersText;

    public EventRowMapper(int machineId, int machineCount, RunTimeline timeline)
    {
        _timeline = timeline;
        _allPeers = MachineSet.AllBut(machineCount, machineId);
        _allPeersText = Encoding.ASCII.GetBytes(_allPeers.ToString());
        _ids = [.. Enumerable.Range(0, machineCount + 1).Select(id => Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture)))];
    }

    /// <summary>Writes <paramref name="e"/>'s cells to <paramref name="csv"/>; the caller ends the record.</summary>
    /// <exception cref="ArgumentException"><paramref name="e"/> lacks a clock of the schema, as an event read from an older file does.</exception>
    public void Write(CsvWriter csv, in MachineEvent e)
    {
        if (e is not { PhysicalNs: { } physical, Hlc: { } hlc, Vector.IsEmpty: false })
        {
            throw new ArgumentException($"Event {e.Tick} of machine {e.Machine} lacks its vector clock, physical reading or HLC.", nameof(e));
        }

        csv.WriteField(e.Machine);
        csv.WriteField(e.Tick);
        csv.WriteField(_systemTime.Utf8Of(_timeline.SystemTimeAt(e.ElapsedMs).UtcDateTime));
        csv.WriteField(Math.Round(e.ElapsedMs, 3));
        csv.WriteField((ReadOnlySpan<byte>)EventNames[(int)e.Kind]);
        csv.WriteField(e.LogicalClock);
        csv.WriteField(e.Jump);
        csv.WriteField(e.QueueLength);
        csv.WriteField(PeerText(e.Peers));
        if (e.Message.IsNone)
        {
            csv.WriteField(default(string));
        }
        else
        {
            csv.WriteField(e.Message);
        }

        if (e.MessageClock is { } carried)
        {
            csv.WriteField(carried);
        }
        else
        {
            csv.WriteField(default(string));
        }

        csv.WriteField(new ClockReadingCell(physical));
        csv.WriteField(hlc);
        csv.WriteField(new VectorClockCell(e.Vector));
    }

    /// <summary>The Peer cell, from the texts made once rather than once per row where it can.</summary>
    private ReadOnlySpan<byte> PeerText(MachineSet peers) => peers.Count switch
    {
        0 => [],
        1 when peers.First < _ids.Length => _ids[peers.First],
        _ when peers == _allPeers => _allPeersText,
        _ => Encoding.ASCII.GetBytes(peers.ToString()),
    };

}
