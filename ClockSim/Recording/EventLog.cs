using System.Threading.Channels;
using ClockSim.Model;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// Streams one machine's events to its CSV as the run goes, off the tick loop: rows go to
/// <c>machine-&lt;id&gt;.csv.partial</c>, flushed at least every second, and the file takes its real name only
/// once the last row is written. A file named <c>.csv</c> is therefore always complete, and a crash
/// leaves the rows recorded so far in the <c>.partial</c> file.
/// </summary>
internal sealed class EventLog : IAsyncDisposable
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly Channel<MachineEvent> _pending = Channel.CreateUnbounded<MachineEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly EventRowMapper _mapper;
    private readonly TimeProvider _time;
    private Task _writer = Task.CompletedTask;
    private bool _completed;

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
        csv.WriteHeader<EventRow>();
        _writer = WriteAsync(csv);
    }

    /// <summary>Queues an event for the file; never blocks the caller.</summary>
    public void Append(in MachineEvent e) => _pending.Writer.TryWrite(e);

    /// <summary>Writes every queued event, closes the file and gives it its final name.</summary>
    public async Task CompleteAsync()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        File.Move(PartialPath, FilePath, overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteAsync(CsvWriter csv)
    {
        await using (csv.ConfigureAwait(false))
        {
            var lastFlush = _time.GetTimestamp();
            var reader = _pending.Reader;
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var e))
                {
                    csv.WriteRecord(_mapper.ToRow(e));
                }

                if (_time.GetElapsedTime(lastFlush) >= FlushInterval)
                {
                    await csv.FlushAsync().ConfigureAwait(false);
                    lastFlush = _time.GetTimestamp();
                }
            }

            await csv.FlushAsync().ConfigureAwait(false);
        }
    }
}
