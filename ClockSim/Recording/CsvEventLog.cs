using ClockSim.Model;
using ClockSim.Run;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// Writes one machine's events to its CSV as they are recorded, on the caller's thread, through a buffered
/// stream: for the virtual engine, whose single thread should not hand rows to another. The file is written
/// as <c>machine-&lt;id&gt;.csv.partial</c> and takes its real name only once the last row is in, so a file
/// named <c>.csv</c> is always complete.
/// </summary>
internal sealed class CsvEventLog(int machineId, int machineCount, string folder, RunTimeline timeline) : IEventLog
{
    /// <summary>
    /// The generated writer of the schema, for the header, used directly: the writer's generic record methods first ask
    /// whether the type is dynamic, and that question alone loads System.Linq.Expressions into every run's memory.
    /// </summary>
    private static readonly CsvRecordWriter<EventRow> Rows = CsvRecordWriter.Create<EventRow>();

    private readonly EventRowMapper _mapper = new(machineId, machineCount, timeline);
    private CsvWriter? _csv;

    public string FilePath { get; } = Path.Combine(folder, FileName(machineId));

    public string PartialPath => FilePath + AtomicFile.PartialSuffix;

    public static string FileName(int machineId) => $"machine-{machineId}.csv";

    public void Open()
    {
        // Unbuffered: the CSV writer buffers the rows itself, and hands the file whole buffers.
        var stream = new FileStream(PartialPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
        Rows.WriteHeader(_csv);
        _csv.EndRecord();
    }

    public void Record(in MachineEvent e)
    {
        var csv = Csv;
        _mapper.Write(csv, e);
        csv.EndRecord();
    }

    /// <summary>
    /// Pushes the rows written so far to the file, so a reader of the partial file sees them. Synchronous: a flush is a
    /// few kilobytes, and the asynchronous one moved each to another thread-pool thread (a wake-up more per flush).
    /// </summary>
    public void Flush() => Csv.Flush();

    public async Task CompleteAsync()
    {
        await Csv.DisposeAsync().ConfigureAwait(false);
        _csv = null;
        File.Move(PartialPath, FilePath, overwrite: true);
    }

    private CsvWriter Csv => _csv ?? throw new InvalidOperationException($"The log of machine {machineId} is not open.");
}
