using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// One line of <c>machine-&lt;id&gt;.csv</c>, and the file's schema: the members, in declaration order, are the
/// columns of the header, named after them. A new column is a new member here; the writer writes it, and
/// readers find it by name through <see cref="ColumnOf"/>.
/// </summary>
[CsvRecord]
public sealed partial class EventRow
{
    private static readonly string[] Header = WrittenHeader();

    /// <summary>The header in column order, as the writer writes it for this type, so writer and readers cannot disagree.</summary>
    public static IReadOnlyList<string> Columns => Header;

    /// <summary>The 0-based position of <paramref name="column"/>, e.g. <c>ColumnOf(nameof(EventRow.Tick))</c>.</summary>
    /// <exception cref="ArgumentException">The schema has no such column.</exception>
    public static int ColumnOf(string column) =>
        Array.IndexOf(Header, column) is >= 0 and var index ? index : throw new ArgumentException($"The events CSV has no column '{column}'.", nameof(column));

    /// <summary>
    /// The fewest bytes a row of a run of <paramref name="machines"/> machines takes in its file, so that a run's files take at
    /// least this per event: a separator or line end after every column, <c>SystemTime</c> at its fixed width, a digit at least in
    /// each of the seven numbers never left empty (the machine, tick, time, Lamport clock, jump, queue and physical reading), the shortest event
    /// name (<c>Send</c>), an HLC stamp of <c>0:0</c>, and a vector clock of one digit per machine joined by <c>;</c>.
    /// </summary>
    public static long LeastBytes(int machines) => Header.Length + SystemTimeText.Length + 7 + "Send".Length + "0:0".Length + (2L * machines) - 1;

    /// <summary>The machine's id, from 1.</summary>
    public int Machine { get; set; }

    /// <summary>The machine's tick number, from 1.</summary>
    public long Tick { get; set; }

    /// <summary>The UTC time of the event (real, or the virtual epoch plus simulated time), ISO 8601 with milliseconds, as <see cref="SystemTimeText"/> writes it.</summary>
    public string SystemTime { get; set; } = "";

    /// <summary>Milliseconds since the run's start instant, to the microsecond.</summary>
    public double ElapsedMs { get; set; }

    /// <summary><c>Receive</c>, <c>Send</c>, <c>SendAll</c> or <c>Internal</c>.</summary>
    public string Event { get; set; } = "";

    /// <summary>The logical clock after the event.</summary>
    public long LogicalClock { get; set; }

    /// <summary>The logical clock after the event minus before it.</summary>
    public long Jump { get; set; }

    /// <summary>Messages left in the queue after the tick's action.</summary>
    public int QueueLength { get; set; }

    /// <summary>The sender of a receive, the recipient of a send, the recipients of a send to all joined with <c>;</c>.</summary>
    public string? Peer { get; set; }

    /// <summary><c>&lt;sender&gt;-&lt;sequence&gt;</c>, shared by a send and its receives.</summary>
    public string? MessageId { get; set; }

    /// <summary>The clock value the message carries.</summary>
    public long? MessageClock { get; set; }

    /// <summary>
    /// The machine's own physical clock's reading at the event, in milliseconds since the run's start as that clock counts
    /// them, to the nanosecond: it may be negative, and go backwards when synchronisation corrects the clock.
    /// </summary>
    public decimal PhysicalMs { get; set; }

    /// <summary>The hybrid logical clock after the event, <c>l:c</c>, l in the milliseconds of <see cref="PhysicalMs"/>, e.g. <c>1250.004:2</c>.</summary>
    public string Hlc { get; set; } = "";

    /// <summary>The vector clock after the event, entries in machine-id order joined with <c>;</c>, e.g. <c>3;0;5</c>: always the last column.</summary>
    public string VectorClock { get; set; } = "";

    /// <summary>The columns of run folders written before physical and hybrid logical clocks: every column but <c>PhysicalMs</c> and <c>Hlc</c>.</summary>
    public static IReadOnlyList<string> ColumnsWithoutClocks => [.. Header[..^3], Header[^1]];

    /// <summary>The columns of run folders written before vector clocks, which had no physical or hybrid logical clocks either.</summary>
    public static IReadOnlyList<string> ColumnsWithoutVectorClock => Header[..^3];

    /// <summary>The header the writer writes for this type; the names are member names, so no field is quoted.</summary>
    private static string[] WrittenHeader()
    {
        var text = new StringWriter();
        using (var writer = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            CsvRecordWriter.Create<EventRow>().WriteHeader(writer);
            writer.EndRecord();
        }

        return text.ToString().TrimEnd('\r', '\n').Split(',');
    }
}
