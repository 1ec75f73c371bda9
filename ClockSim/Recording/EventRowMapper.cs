using System.Buffers.Text;
using System.Text;
using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Recording;

/// <summary>
/// Turns a machine's events into rows of its CSV: the one conversion from <see cref="MachineEvent"/> to the columns of
/// <see cref="EventRow"/>, in their order, whose reverse is <see cref="EventCsvReader"/>'s. A row is written as UTF-8 (the
/// file's encoding) straight into the caller's buffer, so it makes no object and no string: numbers as the CSV writer
/// writes those of an <see cref="EventRow"/> (the invariant culture; a double as the shortest text that reads back the
/// same), the rest from text made once per log. No cell can hold the separator, a quote or a line break (numbers, fixed
/// words, ids joined by <c>;</c>), so no cell is quoted, as the CSV writer quotes none of them either. The cells of a
/// message are empty when the event has none. One instance per log, used from one thread.
/// </summary>
internal sealed class EventRowMapper
{
    private static readonly byte[][] EventNames = [.. Enum.GetNames<EventKind>().Select(Encoding.ASCII.GetBytes)];

    private readonly RunTimeline _timeline;

    private readonly MachineSet _allPeers;

    private readonly SystemTimeText _systemTime = new();

    private readonly VectorClockRowText _vector;

    private readonly MachineIdsText _ids;

    private readonly int _machineId;

    private readonly int _machineCount;

    public EventRowMapper(int machineId, int machineCount, RunTimeline timeline)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(machineId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(machineId, machineCount);
        _timeline = timeline;
        (_machineId, _machineCount) = (machineId, machineCount);
        _allPeers = MachineSet.AllBut(machineCount, machineId);
        _ids = MachineIdsText.UpTo(machineCount);
        _vector = new VectorClockRowText(machineCount);

        // The cells whose width does not follow the machine count take under 25 bytes each on average, with their separators
        // (the widest, an HLC, 41); peers take 5 bytes a machine at most ("1000;"), the vector clock 21.
        MaxRowLength = (EventRow.Columns.Count * 25) + (machineCount * 5) + VectorClockText.MaxUtf8Length(machineCount);
    }

    /// <summary>The most bytes <see cref="Format"/> writes for a row, its line break included.</summary>
    public int MaxRowLength { get; }

    /// <summary>Writes <paramref name="e"/>'s row, line break included, at the start of <paramref name="row"/>, which holds at least <see cref="MaxRowLength"/> bytes.</summary>
    /// <returns>The bytes written.</returns>
    /// <exception cref="ArgumentException"><paramref name="e"/> lacks a clock of the schema, as an event read from an older file does.</exception>
    public int Format(in MachineEvent e, Span<byte> row)
    {
        if (e is not { PhysicalNs: { } physical, Hlc: { } hlc, Vector.IsEmpty: false })
        {
            throw new ArgumentException($"Event {e.Tick} of machine {e.Machine} lacks its vector clock, physical reading or HLC.", nameof(e));
        }

        var cells = new CsvRowBuilder(row);
        cells.Add(e.Machine);
        cells.Add(e.Tick);
        cells.Commit(_systemTime.Write(_timeline.SystemTimeAt(e.ElapsedMs).UtcDateTime, cells.Rest));
        cells.Add(new ElapsedMsCell(e.ElapsedMs));
        cells.Add(EventNames[(int)e.Kind]);
        cells.Add(e.LogicalClock);
        cells.Add(e.Jump);
        cells.Add(e.QueueLength);
        AddPeers(ref cells, e.Peers);
        if (e.Message.IsNone)
        {
            cells.Add([]);
        }
        else
        {
            cells.Add(e.Message);
        }

        if (e.MessageClock is { } carried)
        {
            cells.Add(carried);
        }
        else
        {
            cells.Add([]);
        }

        var readingAt = cells.Length;
        cells.Add(new ClockReadingCell(physical));
        if (hlc.L == physical)
        {
            // After most events the HLC's l is the reading itself: its text is copied from the cell before, not made again.
            cells.Commit(HlcOfReading(row[readingAt..(cells.Length - 1)], hlc.C, cells.Rest));
        }
        else
        {
            cells.Add(hlc);
        }

        cells.AddLast(_vector, e.Vector.Span);
        return cells.Length;
    }

    /// <summary>An HLC's text (<see cref="HlcTimestamp.ToString"/>) from the text of its l, <paramref name="reading"/>, and its counter.</summary>
    /// <returns>The bytes written.</returns>
    private static int HlcOfReading(ReadOnlySpan<byte> reading, long counter, Span<byte> utf8Destination)
    {
        reading.CopyTo(utf8Destination);
        utf8Destination[reading.Length] = (byte)HlcTimestamp.Separator;
        return Utf8Formatter.TryFormat(counter, utf8Destination[(reading.Length + 1)..], out var written)
            ? reading.Length + 1 + written
            : throw new ArgumentException("The row cannot hold the HLC's text.", nameof(utf8Destination));
    }

    /// <summary>The Peer cell, from the ids' shared text where it can: one peer, or every machine but this one.</summary>
    private void AddPeers(ref CsvRowBuilder cells, MachineSet peers)
    {
        if (peers.Count == 0)
        {
            cells.Add([]);
        }
        else if (peers.Count == 1 && peers.First <= _ids.Count)
        {
            cells.Add(_ids.Of(peers.First));
        }
        else if (peers == _allPeers)
        {
            cells.Commit(_ids.WriteAllBut(_machineCount, _machineId, cells.Rest));
        }
        else
        {
            cells.Add(Encoding.ASCII.GetBytes(peers.ToString()));
        }
    }
}
