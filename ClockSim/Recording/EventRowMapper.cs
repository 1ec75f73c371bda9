using System.Globalization;
using System.Text;
using ClockSim.Model;
using ClockSim.Run;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// Writes a machine's events as rows of its CSV: the one conversion from <see cref="MachineEvent"/> to the columns of
/// <see cref="EventRow"/>, in their order, whose reverse is <see cref="EventCsvReader"/>'s. Each cell goes straight to the
/// CSV writer: numbers as the writer formats those of an <see cref="EventRow"/>, text as UTF-8 (the file's encoding) from
/// buffers of this instance, so a row makes no object and no string. The cells of a message are empty when the event
/// has none. One instance per log, used from one thread.
/// </summary>
internal sealed class EventRowMapper
{
    private static readonly byte[][] EventNames = [.. Enum.GetNames<EventKind>().Select(Encoding.ASCII.GetBytes)];

    private readonly RunTimeline _timeline;

    private readonly MachineSet _allPeers;

    private readonly SystemTimeText _systemTime = new();

    /// <summary>Where one cell's text is made before the writer copies it; every cell reuses it.</summary>
    private readonly byte[] _cell;

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
        _cell = new byte[Math.Max(VectorClockText.MaxUtf8Length(machineCount), Math.Max(HlcTimestamp.MaxUtf8Length, MessageKey.MaxUtf8Length))];
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
        csv.WriteField(e.Message.IsNone ? [] : Cell(e.Message.TryFormat(_cell, out var id), id));
        if (e.MessageClock is { } carried)
        {
            csv.WriteField(carried);
        }
        else
        {
            csv.WriteField(default(string));
        }

        csv.WriteField(Cell(ClockReading.TryFormat(physical, _cell, out var reading), reading));
        csv.WriteField(Cell(hlc.TryFormat(_cell, out var clock), clock));
        csv.WriteField(Cell(VectorClockText.TryFormat(e.Vector.Span, _cell, out var vector), vector));
    }

    /// <summary>The Peer cell, from the texts made once rather than once per row where it can.</summary>
    private ReadOnlySpan<byte> PeerText(MachineSet peers) => peers.Count switch
    {
        0 => [],
        1 when peers.First < _ids.Length => _ids[peers.First],
        _ when peers == _allPeers => _allPeersText,
        _ => Encoding.ASCII.GetBytes(peers.ToString()),
    };

    /// <summary>The first <paramref name="length"/> bytes of the cell buffer, which <paramref name="formatted"/> says were written.</summary>
    private ReadOnlySpan<byte> Cell(bool formatted, int length) =>
        formatted ? _cell.AsSpan(0, length) : throw new InvalidOperationException("A cell's text outgrew its buffer.");
}
