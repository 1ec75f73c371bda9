using System.Threading.Channels;
using ClockSim.Model;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// Streams one machine's events to its CSV as the run goes, off the tick path: a tick only queues its
/// event, and twice a second a writer task takes every queued event to <c>machine-&lt;id&gt;.csv.partial</c>
/// and flushes it (one wake-up per interval, not one per event). The file takes its real name only
/// once the last row is written. A file named <c>.csv</c> is therefore always complete, and a crash
/// leaves the rows recorded so far in the <c>.partial</c> file.
/// </summary>
internal sealed class EventLog
{
    private static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The generated writer, used directly: the writer's generic record methods first ask whether the type is
    /// dynamic, and that question alone loads System.Linq.Expressions (about 1 MB of every run's memory).
    /// </summary>
    private static readonly CsvRecordWriter<EventRow> Rows = CsvRecordWriter.Create<EventRow>();

    private readonly Channel<MachineEvent> _pending = Channel.CreateUnbounded<MachineEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly EventRowMapper _mapper;
    private readonly TimeProvider _time;
    private Task _writer = Task.CompletedTask;
    private PeriodicTimer? _timer;

    public EventLog(int machineId, int machineCount, string folder, TimeProvider time)
    {
        _mapper = new EventRowMapper(machineId, machineCount);
        _time = time;
        FilePath = Path.Combine(folder, FileName(machineId));
    }

    /// <summary>The final path of the CSV.</summary>
    public string FilePath { get; }

    public string PartialPath => FilePath + ".partial";

    public static string FileName(int machineId) => $"machine-{machineId}.csv";

    /// <summary>Creates the partial file with its header and starts writing rows as they come.</summary>
    public void Open()
    {
        var stream = new FileStream(PartialPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false);
        Rows.WriteHeader(csv);
        csv.EndRecord();
        _timer = new PeriodicTimer(WriteInterval, _time);
        _writer = WriteAsync(csv, _timer);
    }

    /// <summary>Queues an event for the file; never blocks the caller.</summary>
    public void Append(in MachineEvent e) => _pending.Writer.TryWrite(e);

    /// <summary>Writes every queued event, closes the file and gives it its final name.</summary>
    public async Task CompleteAsync()
    {
        _pending.Writer.TryComplete();

        // Disposing the timer ends the wait without an exception. Cancelling the wait instead threw one whose
        // stack trace loaded the PDB reader (System.Reflection.Metadata) into every run: about 2 MB for nothing.
        _timer?.Dispose();
        await _writer.ConfigureAwait(false);
        File.Move(PartialPath, FilePath, overwrite: true);
    }

    private async Task WriteAsync(CsvWriter csv, PeriodicTimer timer)
    {
        await using (csv.ConfigureAwait(false))
        {
            // The wait returns false once CompleteAsync disposes the timer; then what is left is written.
            while (await timer.WaitForNextTickAsync().ConfigureAwait(false))
            {
                await WritePendingAsync(csv).ConfigureAwait(false);
            }

            await WritePendingAsync(csv).ConfigureAwait(false);
        }
    }

    private async Task WritePendingAsync(CsvWriter csv)
    {
        var written = false;
        while (_pending.Reader.TryRead(out var e))
        {
            Rows.Write(csv, _mapper.ToRow(e));
            csv.EndRecord();
            written = true;
        }

        if (written)
        {
            await csv.FlushAsync().ConfigureAwait(false);
        }
    }
}
