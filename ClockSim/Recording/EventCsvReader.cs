using System.Globalization;
using System.Text;
using ClockSim.Model;
using CsvHelper;
using static System.FormattableString;

namespace ClockSim.Recording;

/// <summary>
/// The one reader of the events CSV, for the analysis, the bench and the tests: it turns each line back into the
/// <see cref="MachineEvent"/> the machine recorded (the reverse of <see cref="EventRowMapper"/>), with a vector of its
/// own that nothing changes, so a caller may keep it. It streams a file row by row with CsvHelper's span getters:
/// numbers are parsed from the UTF-8 bytes in place, so a million rows cost no string per field. Column positions come
/// from the schema, <see cref="EventRow"/>.
/// </summary>
internal static class EventCsvReader
{
    /// <summary>
    /// No field of the format holds a line break, so every line is one record (a stray quote cannot swallow the lines
    /// after it, and data record n is line n + 1); a line longer than any row could be is taken as a damaged file.
    /// </summary>
    /// <summary>The read buffer of a file read alone.</summary>
    public const int DefaultBufferBytes = 1 << 16;

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        AllowLineBreaksInQuotes = false,
        MaxRecordSize = 1 << 16,
    };

    private static readonly int MachineColumn = EventRow.ColumnOf(nameof(EventRow.Machine));
    private static readonly int TickColumn = EventRow.ColumnOf(nameof(EventRow.Tick));
    private static readonly int ElapsedColumn = EventRow.ColumnOf(nameof(EventRow.ElapsedMs));
    private static readonly int EventColumn = EventRow.ColumnOf(nameof(EventRow.Event));
    private static readonly int ClockColumn = EventRow.ColumnOf(nameof(EventRow.LogicalClock));
    private static readonly int JumpColumn = EventRow.ColumnOf(nameof(EventRow.Jump));
    private static readonly int QueueColumn = EventRow.ColumnOf(nameof(EventRow.QueueLength));
    private static readonly int PeerColumn = EventRow.ColumnOf(nameof(EventRow.Peer));
    private static readonly int MessageIdColumn = EventRow.ColumnOf(nameof(EventRow.MessageId));
    private static readonly int MessageClockColumn = EventRow.ColumnOf(nameof(EventRow.MessageClock));
    private static readonly int PhysicalColumn = EventRow.ColumnOf(nameof(EventRow.PhysicalMs));
    private static readonly int HlcColumn = EventRow.ColumnOf(nameof(EventRow.Hlc));

    /// <summary>
    /// Every line of <paramref name="path"/> after the header, in file order: the event of each row that parses, and the
    /// problem with each that does not. A header other than the schema's is one problem on line 1, and nothing more is read.
    /// A file written before vector clocks (no <c>VectorClock</c> column) reads too: its events have an empty vector; and so
    /// does one written before physical and hybrid logical clocks (no <c>PhysicalMs</c> and <c>Hlc</c>): its events have neither.
    /// </summary>
    public static IEnumerable<EventCsvLine> Lines(string path, CancellationToken cancellationToken = default) => Each(Open(path, cancellationToken));

    /// <summary>Every line of <paramref name="stream"/> after the header, as a file's are read; the stream is disposed of at the end.</summary>
    public static IEnumerable<EventCsvLine> Lines(Stream stream) => Each(new Cursor(() => stream, default, DefaultBufferBytes, null));

    /// <summary>The lines of <paramref name="path"/> (as <see cref="Lines(string, CancellationToken)"/>), each read in place.</summary>
    /// <param name="bufferBytes">How much of the file the reader holds at a time (a longer row grows it): less where many files are read at once.</param>
    /// <param name="budget">Bounds the readers open at once when many files are read side by side; null for no bound.</param>
    public static Cursor Open(string path, CancellationToken cancellationToken = default, int bufferBytes = DefaultBufferBytes, CsvReaderBudget? budget = null) =>
        // The reader reads whole buffers itself, so the stream needs none of its own.
        new(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan), cancellationToken, bufferBytes,
            budget);

    private static IEnumerable<EventCsvLine> Each(Cursor cursor)
    {
        using (cursor)
        {
            while (cursor.MoveNext())
            {
                yield return cursor.Current;
            }
        }
    }

    /// <summary>Every event of a file the program wrote itself, where any problem is a fault rather than a finding.</summary>
    /// <exception cref="InvalidDataException">A line does not parse.</exception>
    public static IEnumerable<MachineEvent> Events(string path) =>
        Lines(path).Select(line => line.Problem is null
            ? line.Event
            : throw new InvalidDataException($"{new FileLine(Path.GetFileName(path), line.Line)}: {line.Problem}"));

    /// <summary>Moves to the next record, reading the header first if it has not been read.</summary>
    /// <returns>False when the file is malformed from here on; <paramref name="problem"/> says how.</returns>
    private static bool TryAdvance(CsvReader csv, out bool more, out string? problem)
    {
        try
        {
            more = csv.Read();
            problem = null;
            return true;
        }
        catch (CsvFormatException e)
        {
            more = false;
            problem = $"the file cannot be read past this point: {e.Message}";
            return false;
        }
    }

    /// <param name="format">Which columns the file's header has: all of the schema's, or those of an older file.</param>
    private static bool TryParse(CsvReader csv, FileFormat format, out MachineEvent e, out string problem)
    {
        e = default;
        problem = "";
        var fields = format switch
        {
            FileFormat.WithClocks => EventRow.Columns.Count,
            FileFormat.WithVectors => EventRow.ColumnsWithoutClocks.Count,
            _ => EventRow.ColumnsWithoutVectorClock.Count,
        };
        if (csv.FieldCount != fields)
        {
            problem = $"the row has {csv.FieldCount.ToString(CultureInfo.InvariantCulture)} fields, expected {fields.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }

        if (!csv.TryParse<int>(MachineColumn, out var machine) || !csv.TryParse<long>(TickColumn, out var tick)
            || !csv.TryParse<double>(ElapsedColumn, out var elapsed) || !csv.TryParse<long>(ClockColumn, out var clock)
            || !csv.TryParse<long>(JumpColumn, out var jump) || !csv.TryParse<int>(QueueColumn, out var queue))
        {
            problem = $"a number does not parse: '{Encoding.UTF8.GetString(csv.RawRecord)}'";
            return false;
        }

        // NaN, infinities and times beyond any clock parse as numbers; the figures of the time they would give cannot be drawn.
        if (!(elapsed is >= 0 and <= ClockReading.MaxMilliseconds))
        {
            problem = Invariant($"ElapsedMs is '{csv.GetString(ElapsedColumn)}', expected milliseconds since the run's start, from 0 to {Math.Floor(ClockReading.MaxMilliseconds)}");
            return false;
        }

        if (!TryParseKind(csv.GetSpan(EventColumn), out var kind))
        {
            problem = $"Event is '{csv.GetString(EventColumn)}', expected Receive, Send, SendAll or Internal";
            return false;
        }

        var peers = MachineSet.Empty;
        if (!csv.IsEmpty(PeerColumn) && !MachineSet.TryParse(csv.GetSpan(PeerColumn), out peers))
        {
            problem = $"Peer is '{csv.GetString(PeerColumn)}', expected machine ids joined with ';'";
            return false;
        }

        var message = MessageKey.None;
        if (!csv.IsEmpty(MessageIdColumn) && !MessageKey.TryParse(csv.GetSpan(MessageIdColumn), out message))
        {
            problem = $"MessageId is '{csv.GetString(MessageIdColumn)}', expected <sender>-<sequence>";
            return false;
        }

        long? messageClock = null;
        if (!csv.IsEmpty(MessageClockColumn))
        {
            if (!csv.TryParse<long>(MessageClockColumn, out var carried))
            {
                problem = $"MessageClock is '{csv.GetString(MessageClockColumn)}', expected a whole number";
                return false;
            }

            messageClock = carried;
        }

        long? physical = null;
        HlcTimestamp? hlc = null;
        if (format == FileFormat.WithClocks)
        {
            if (!ClockReading.TryParse(csv.GetSpan(PhysicalColumn), out var reading))
            {
                problem = $"PhysicalMs is '{csv.GetString(PhysicalColumn)}', expected milliseconds to the nanosecond at most";
                return false;
            }

            if (!HlcTimestamp.TryParse(csv.GetSpan(HlcColumn), out var stamp))
            {
                problem = $"Hlc is '{csv.GetString(HlcColumn)}', expected l:c, l milliseconds to the nanosecond at most and c a whole number of 0 or more";
                return false;
            }

            physical = reading;
            hlc = stamp;
        }

        long[] vector = [];
        var vectorColumn = fields - 1;
        if (format != FileFormat.Lamport && !VectorClockText.TryParse(csv.GetSpan(vectorColumn), out vector))
        {
            problem = $"VectorClock is '{csv.GetString(vectorColumn)}', expected whole numbers of 0 or more joined with ';'";
            return false;
        }

        e = new MachineEvent(machine, tick, elapsed, kind, clock, jump, queue, peers, message, messageClock, physical, hlc, vector);
        return true;
    }

    /// <summary>
    /// A file's lines one at a time, the current one held in place, so that a reader of many files (the analysis's merge by
    /// time) reads a line where it lies rather than copying it at every step. Each row is parsed and the reader moved on to
    /// the next before the row is current, so that between two rows the reader stands at the start of one, where a budget can park it.
    /// </summary>
    internal sealed class Cursor(Func<Stream> open, CancellationToken cancellationToken, int bufferBytes, CsvReaderBudget? budget) : IDisposable
    {
        private ParkableCsvReader? _file;
        private FileFormat _format;
        private bool _more;
        private string? _broken;
        private bool _ended;
        private EventCsvLine _current;

        /// <summary>The line <see cref="MoveNext"/> last made current.</summary>
        public ref readonly EventCsvLine Current => ref _current;

        /// <summary>Makes the next line current; the file is opened at the first call.</summary>
        /// <returns>False at the end of the file, or after a problem that ends it.</returns>
        public bool MoveNext()
        {
            if (_ended)
            {
                return false;
            }

            if (_file is null)
            {
                return Start();
            }

            if (_broken is { } broken)
            {
                return End(new EventCsvLine(0, default, broken));
            }

            if (!_more)
            {
                _ended = true;
                return false;
            }

            var csv = _file.Reader;
            var line = checked((int)_file.RowNumber + 1);
            if ((line & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            _current = TryParse(csv, _format, out var e, out var problem) ? new EventCsvLine(line, e, null) : new EventCsvLine(line, default, problem);
            TryAdvance(csv, out _more, out _broken);
            _file.Taken(_current.Problem is null ? _current.Event.ElapsedMs : double.NegativeInfinity, _more);
            return true;
        }

        public void Dispose() => _file?.Dispose();

        /// <summary>Opens the file and reads its header: on to the first line, or a problem that ends it.</summary>
        private bool Start()
        {
            _file = new ParkableCsvReader(open(), Options with { BufferSize = bufferBytes }, budget);
            if (!TryAdvance(_file.Reader, out _more, out var broken))
            {
                return End(new EventCsvLine(0, default, broken));
            }

            var headers = _file.Reader.Headers;
            FileFormat? format = headers.SequenceEqual(EventRow.Columns) ? FileFormat.WithClocks
                : headers.SequenceEqual(EventRow.ColumnsWithoutClocks) ? FileFormat.WithVectors
                : headers.SequenceEqual(EventRow.ColumnsWithoutVectorClock) ? FileFormat.Lamport
                : null;
            if (format is not { } known)
            {
                return End(new EventCsvLine(1, default, $"the header is '{string.Join(',', headers)}', expected '{string.Join(',', EventRow.Columns)}'"));
            }

            _format = known;
            return MoveNext();
        }

        /// <summary>Makes a problem that ends the file the current line, the last.</summary>
        private bool End(EventCsvLine last)
        {
            _current = last;
            _ended = true;
            return true;
        }
    }

    /// <summary>The three headers the reader takes: today's, one from before physical and hybrid logical clocks, one from before vector clocks.</summary>
    private enum FileFormat
    {
        WithClocks,
        WithVectors,
        Lamport,
    }

    private static bool TryParseKind(ReadOnlySpan<byte> utf8, out EventKind kind)
    {
        kind = utf8 switch
        {
            _ when utf8.SequenceEqual("Receive"u8) => EventKind.Receive,
            _ when utf8.SequenceEqual("Send"u8) => EventKind.Send,
            _ when utf8.SequenceEqual("SendAll"u8) => EventKind.SendAll,
            _ when utf8.SequenceEqual("Internal"u8) => EventKind.Internal,
            _ => (EventKind)(-1),
        };
        return Enum.IsDefined(kind);
    }
}
