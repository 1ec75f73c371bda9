using ClockSim.Model;
using ClockSim.Run;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// Writes one machine's events to its CSV as they are recorded, on the caller's thread, through a buffer of its own:
/// for the virtual engine, whose single thread should not hand rows to another. CsvHelper writes the header, from the
/// schema (<see cref="EventRow"/>); <see cref="EventRowMapper"/> writes each row as UTF-8 into the buffer, which goes
/// to the file whole when it fills. The file is written as <c>machine-&lt;id&gt;.csv.partial</c> and takes its real name
/// only once the last row is in, so a file named <c>.csv</c> is always complete.
/// </summary>
internal sealed class CsvEventLog(int machineId, int machineCount, string folder, RunTimeline timeline) : IEventLog
{
    /// <summary>How much of the rows a log keeps before it writes them to the file.</summary>
    private const int BufferBytes = 1 << 16;

    /// <summary>What the logs of one run keep between them: a thousand machines' logs share it rather than take a buffer each.</summary>
    private const int AllLogsBytes = 4 << 20;

    /// <summary>The header line, as CsvHelper writes it for the schema, made once: every log's rows follow it.</summary>
    private static readonly byte[] Header = WrittenHeader();

    private readonly EventRowMapper _mapper = new(machineId, machineCount, timeline);
    private byte[] _buffer = [];
    private int _buffered;
    private FileStream? _file;

    public string FilePath { get; } = Path.Combine(folder, FileName(machineId));

    public string PartialPath => FilePath + AtomicFile.PartialSuffix;

    public static string FileName(int machineId) => $"machine-{machineId}.csv";

    public void Open()
    {
        // Unbuffered: the log hands the file whole buffers of rows.
        _file = new FileStream(PartialPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _buffer = new byte[Math.Max(Math.Min(BufferBytes, AllLogsBytes / Math.Max(machineCount, 1)), Header.Length + _mapper.MaxRowLength)];
        Header.CopyTo(_buffer, 0);
        _buffered = Header.Length;
    }

    public void Record(in MachineEvent e)
    {
        if (_buffer.Length - _buffered < _mapper.MaxRowLength)
        {
            WriteBuffered();
        }

        _buffered += _mapper.Format(e, _buffer.AsSpan(_buffered));
    }

    /// <summary>
    /// Pushes the rows written so far to the file, so a reader of the partial file sees them. Synchronous: a flush is a
    /// few kilobytes, and the asynchronous one moved each to another thread-pool thread (a wake-up more per flush).
    /// </summary>
    public void Flush()
    {
        WriteBuffered();
        OpenFile.Flush();
    }

    public async Task CompleteAsync()
    {
        WriteBuffered();
        await OpenFile.DisposeAsync().ConfigureAwait(false);
        _file = null;
        File.Move(PartialPath, FilePath, overwrite: true);
    }

    private FileStream OpenFile => _file ?? throw new InvalidOperationException($"The log of machine {machineId} is not open.");

    /// <summary>
    /// The header through the schema's generated writer, used directly: the writer's generic record methods first ask
    /// whether the type is dynamic, and that question alone loads System.Linq.Expressions into every run's memory.
    /// </summary>
    private static byte[] WrittenHeader()
    {
        var header = new MemoryStream();
        using (var csv = CsvWriter.Create(header, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            CsvRecordWriter.Create<EventRow>().WriteHeader(csv);
            csv.EndRecord();
        }

        return header.ToArray();
    }

    private void WriteBuffered()
    {
        OpenFile.Write(_buffer, 0, _buffered);
        _buffered = 0;
    }
}
