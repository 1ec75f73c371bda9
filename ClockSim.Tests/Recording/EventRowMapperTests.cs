using System.Text;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Run;
using CsvHelper;
using Microsoft.Extensions.Time.Testing;

namespace ClockSim.Tests.Recording;

public sealed class EventRowMapperTests
{
    private const int Machines = 4;

    private static RunTimeline StartedTimeline()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, 123, TimeSpan.Zero));
        var timeline = new RunTimeline(time, time);
        timeline.Start(time.GetTimestamp());
        return timeline;
    }

    /// <summary>The row the schema's own CSV writer writes for <paramref name="e"/>, each cell made as a string.</summary>
    private static string AsTheSchemaWrites(in MachineEvent e, RunTimeline timeline)
    {
        var row = new EventRow
        {
            Machine = e.Machine,
            Tick = e.Tick,
            SystemTime = new SystemTimeText().Of(timeline.SystemTimeAt(e.ElapsedMs).UtcDateTime),
            ElapsedMs = Math.Round(e.ElapsedMs, 3),
            Event = e.Kind.ToString(),
            LogicalClock = e.LogicalClock,
            Jump = e.Jump,
            QueueLength = e.QueueLength,
            Peer = e.Peers.Count == 0 ? null : e.Peers.ToString(),
            MessageId = e.Message.IsNone ? null : e.Message.ToString(),
            MessageClock = e.MessageClock,
            PhysicalMs = ClockReading.ExactMilliseconds(e.PhysicalNs!.Value),
            Hlc = e.Hlc!.Value.ToString(),
            VectorClock = VectorClockText.Format(e.Vector.Span),
        };
        var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            CsvRecordWriter.Create<EventRow>().Write(csv, row);
            csv.EndRecord();
        }

        return text.ToString();
    }

    private static IEnumerable<MachineEvent> Events()
    {
        var random = new Random(31);
        var vector = new long[Machines];
        for (var tick = 1L; tick <= 3_000; tick++)
        {
            vector[1] = tick;
            vector[random.Next(Machines)] += random.Next(0, 4);
            var kind = (EventKind)random.Next(4);
            var peers = kind switch
            {
                EventKind.Internal => MachineSet.Empty,
                EventKind.SendAll => random.Next(10) == 0 ? MachineSet.AllBut(Machines, 4) : MachineSet.AllBut(Machines, 2),
                _ => MachineSet.Of(random.Next(2) == 0 ? 1 : 3),
            };
            var message = kind == EventKind.Internal ? MessageKey.None : new MessageKey(kind == EventKind.Receive ? peers.First : 2, random.NextInt64(1, 1_000_000));
            var physical = random.NextInt64(-5_000_000_000, 90_000_000_000_000);
            yield return new MachineEvent(
                2, tick, random.NextDouble() * 86_400_000, kind, LogicalClock: tick * 3, Jump: random.Next(1, 40), QueueLength: random.Next(0, 12), peers,
                message, kind == EventKind.Internal ? null : random.NextInt64(0, 10_000_000), physical,
                new HlcTimestamp(random.Next(3) == 0 ? physical : physical + random.Next(0, 9_000_000), random.Next(0, 5)), vector.ToArray());
        }
    }

    [Fact]
    public void Format_EveryKindOfRow_IsWhatTheSchemasCsvWriterWrites()
    {
        var timeline = StartedTimeline();
        var mapper = new EventRowMapper(2, Machines, timeline);
        var row = new byte[mapper.MaxRowLength];
        foreach (var e in Events())
        {
            var written = mapper.Format(e, row);

            Assert.Equal(AsTheSchemaWrites(e, timeline), Encoding.ASCII.GetString(row, 0, written));
        }
    }

    [Fact]
    public void Format_AnEventWithoutItsClocks_Throws()
    {
        var mapper = new EventRowMapper(2, Machines, StartedTimeline());
        var e = new MachineEvent(2, 1, 0, EventKind.Internal, 1, 1, 0, MachineSet.Empty, MessageKey.None, null, null, null, ReadOnlyMemory<long>.Empty);

        Assert.Throws<ArgumentException>(() => mapper.Format(e, new byte[mapper.MaxRowLength]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Machines + 1)]
    public void New_AMachineOutsideTheRun_Throws(int machine) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EventRowMapper(machine, Machines, StartedTimeline()));
}
