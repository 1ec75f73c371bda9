using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Run;
using ClockSim.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ClockSim.Tests.Recording;

public sealed class StreamingEventLogTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, 123, TimeSpan.Zero);

    private readonly RunTimeline _timeline = StartedTimeline();

    private CsvEventLog CreateFile(int machineId = 2) => new(machineId, machineCount: 3, _folder.Path, _timeline);

    private static RunTimeline StartedTimeline()
    {
        var time = new FakeTimeProvider(Start);
        var timeline = new RunTimeline(time, time);
        timeline.Start(time.GetTimestamp());
        return timeline;
    }

    private readonly FakeTimeProvider _time = new();

    private StreamingEventLog CreateSut(CsvEventLog file, EventLogFlusher? flusher = null) => new(file, flusher ?? new EventLogFlusher(_time));

    private static MachineEvent Event(long tick, EventKind kind, int peer = 0, int sender = 0, long sequence = 0, long? carried = null) =>
        new(2, tick, tick * 166.6666666,
            kind, LogicalClock: tick * 3, Jump: 3, QueueLength: (int)tick % 2,
            kind == EventKind.SendAll ? MachineSet.AllBut(3, 2) : peer == 0 ? MachineSet.Empty : MachineSet.Of(peer),
            sender == 0 ? MessageKey.None : new MessageKey(sender, sequence), carried,
            PhysicalNs: (tick * 166_666_667) - 200_000_000, Hlc: new HlcTimestamp((tick * 166_666_667) - 195_000_000, tick), new long[] { 0, tick, 0 });

    [Fact]
    public async Task CompleteAsync_WritesTheFixedHeaderAndRowsInSpreadsheetForm()
    {
        var log = CreateSut(CreateFile());
        log.Open();
        log.Record(Event(1, EventKind.Receive, peer: 3, sender: 3, sequence: 9, carried: 2));
        log.Record(Event(2, EventKind.SendAll, sender: 2, sequence: 1, carried: 6));

        await log.CompleteAsync();

        var lines = await File.ReadAllLinesAsync(log.FilePath);

        // The spec fixes the header: the one place a test spells it out, so that a change of columns is deliberate.
        Assert.Equal("Machine,Tick,SystemTime,ElapsedMs,Event,LogicalClock,Jump,QueueLength,Peer,MessageId,MessageClock,PhysicalMs,Hlc,VectorClock", lines[0]);
        Assert.Equal(lines[0], string.Join(',', EventRow.Columns));
        Assert.Equal("2,1,2026-11-25T12:00:00.289Z,166.667,Receive,3,3,1,3,3-9,2,-33.333333,-28.333333:1,0;1;0", lines[1]);
        Assert.Equal("2,2,2026-11-25T12:00:00.456Z,333.333,SendAll,6,3,0,1;3,2-1,6,133.333334,138.333334:2,0;2;0", lines[2]);
    }

    [Fact]
    public async Task CompleteAsync_FileReadBack_EqualsWhatWasWritten()
    {
        var log = CreateSut(CreateFile());
        MachineEvent[] events =
        [
            Event(1, EventKind.Internal),
            Event(2, EventKind.Send, peer: 1, sender: 2, sequence: 1, carried: 6),
            Event(3, EventKind.Receive, peer: 1, sender: 1, sequence: 4, carried: 7),
        ];
        log.Open();
        foreach (var e in events)
        {
            log.Record(e);
        }

        await log.CompleteAsync();

        var actual = EventCsvReader.Events(log.FilePath).ToArray();
        Assert.Equal(
            events.Select(e => (e.Machine, e.Tick, Math.Round(e.ElapsedMs, 3), e.Kind, e.LogicalClock, e.Jump, e.QueueLength)),
            actual.Select(r => (r.Machine, r.Tick, r.ElapsedMs, r.Kind, r.LogicalClock, r.Jump, r.QueueLength)));
        Assert.Equal(["", "1", "1"], actual.Select(r => r.Peers.ToString()));
        Assert.Equal([MessageKey.None, new MessageKey(2, 1), new MessageKey(1, 4)], actual.Select(r => r.Message));
        Assert.Equal([null, 6L, 7L], actual.Select(r => r.MessageClock));
        Assert.Equal(events.Select(e => e.PhysicalNs), actual.Select(r => r.PhysicalNs));
        Assert.Equal(events.Select(e => e.Hlc), actual.Select(r => r.Hlc));
        Assert.Equal(events.Select(e => e.Vector.ToArray()), actual.Select(r => r.Vector.ToArray()));
    }

    [Fact]
    public async Task Record_EventReadFromAFileWithoutClocks_IsRefused()
    {
        var file = CreateFile();
        file.Open();

        Assert.Throws<ArgumentException>(() => file.Record(Event(1, EventKind.Internal) with { PhysicalNs = null, Hlc = null }));
        Assert.Throws<ArgumentException>(() => file.Record(Event(1, EventKind.Internal) with { Vector = ReadOnlyMemory<long>.Empty }));
        await file.CompleteAsync();
    }

    [Fact]
    public async Task BeforeCompletion_OnlyThePartialFileExists()
    {
        var file = CreateFile();
        var log = CreateSut(file);
        log.Open();
        log.Record(Event(1, EventKind.Internal));

        Assert.False(File.Exists(log.FilePath));
        Assert.True(File.Exists(file.PartialPath));

        await log.CompleteAsync();

        Assert.True(File.Exists(log.FilePath));
        Assert.False(File.Exists(file.PartialPath));
    }

    [Fact]
    public async Task EveryInterval_OneTimerWritesEveryOpenLogsQueuedRowsToItsPartialFile()
    {
        var flusher = new EventLogFlusher(_time);
        CsvEventLog[] files = [CreateFile(1), CreateFile(2)];
        StreamingEventLog[] logs = [CreateSut(files[0], flusher), CreateSut(files[1], flusher)];
        foreach (var log in logs)
        {
            log.Open();
            log.Record(Event(1, EventKind.Internal));
        }

        Assert.All(files, f => Assert.Empty(ReadShared(f.PartialPath)));
        _time.Advance(EventLogFlusher.WriteInterval);

        Assert.All(files, f => Assert.Equal(2, ReadShared(f.PartialPath).Length));

        await logs[0].CompleteAsync();
        logs[1].Record(Event(2, EventKind.Internal));
        _time.Advance(EventLogFlusher.WriteInterval);

        Assert.Equal(3, ReadShared(files[1].PartialPath).Length);
        await logs[1].CompleteAsync();
        Assert.All(logs, l => Assert.True(File.Exists(l.FilePath)));
    }

    [Fact]
    public async Task ManyQueuedEvents_AreWrittenBeforeTheIntervalEnds()
    {
        var flusher = new EventLogFlusher(_time);
        CsvEventLog[] files = [CreateFile(1), CreateFile(2)];
        StreamingEventLog[] logs = [CreateSut(files[0], flusher), CreateSut(files[1], flusher)];
        foreach (var log in logs)
        {
            log.Open();
        }

        for (var tick = 1; tick < EventLogFlusher.EarlyWriteAt; tick++)
        {
            logs[tick % 2].Record(Event(tick, EventKind.Internal));
        }

        Assert.All(files, f => Assert.Empty(ReadShared(f.PartialPath)));
        logs[0].Record(Event(EventLogFlusher.EarlyWriteAt, EventKind.Internal));

        // The time has not moved: the count alone started the write, of every log's queue (a header and half the events each).
        Assert.All(files, f => Assert.Equal(1 + (EventLogFlusher.EarlyWriteAt / 2), ReadShared(f.PartialPath).Length));
        logs[1].Record(Event(EventLogFlusher.EarlyWriteAt + 1, EventKind.Internal));
        _time.Advance(EventLogFlusher.WriteInterval - TimeSpan.FromTicks(1));
        Assert.Equal(1 + (EventLogFlusher.EarlyWriteAt / 2), ReadShared(files[1].PartialPath).Length);
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(2 + (EventLogFlusher.EarlyWriteAt / 2), ReadShared(files[1].PartialPath).Length);
        foreach (var log in logs)
        {
            await log.CompleteAsync();
        }
    }

    /// <summary>The lines of a file the log still holds open for writing.</summary>
    private static string[] ReadShared(string path)
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
