using System.Globalization;
using ClockSim.Configuration;
using ClockSim.Model;
using ClockSim.Recording;
using CsvHelper;

namespace ClockSim.Tests.Support;

/// <summary>
/// Builds a small run folder by hand, for cases whose answers are worked out by hand: each call is one tick of one
/// machine, and the test states when it happened and the clock after it. The verdict's rules are not repeated here;
/// the builder fills in only what a row's other columns define, which is simpler than any rule that checks them:
/// ticks count 1, 2, … in call order, <c>Jump</c> is the clock minus the machine's previous clock, a send carries its
/// own clock and a receive the clock its message carried, message ids are <c>&lt;sender&gt;-&lt;n&gt;</c>. The rules
/// tests break each of these with <see cref="ReplaceField"/>. run.json tallies what the rows say: rows of each kind,
/// a message for every recipient listed, the last clock, the largest jump and queue, nothing left in a queue.
/// Vector clocks, like clocks, are stated by the test; a run whose rows state none is written as a run folder from
/// before vector clocks, without the <c>VectorClock</c> column. Physical readings and hybrid logical clocks are written
/// only after <see cref="WithClocks"/>; otherwise the folder is one from before them, without <c>PhysicalMs</c> and <c>Hlc</c>.
/// </summary>
internal sealed class TestRunFolder : IDisposable
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly double[] _rates;
    private readonly List<EventRow>[] _rows;
    private readonly Dictionary<string, Message> _messages = [];
    private double[]? _offsetsMs;

    public TestRunFolder(params double[] rates)
    {
        _rates = rates;
        _rows = [.. rates.Select(_ => new List<EventRow>())];
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clocksim-analysis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public TestRunFolder Internal(int machine, double atMs, long clock, int queue = 0, long[]? vector = null)
    {
        Add(machine, atMs, "Internal", clock, queue, vector);
        return this;
    }

    public Message Send(int from, int to, double atMs, long clock, int queue = 0, long[]? vector = null) =>
        Sent(Add(from, atMs, "Send", clock, queue, vector, Text(to), clock));

    /// <summary>A send to every other machine, all sharing one message.</summary>
    public Message SendAll(int from, double atMs, long clock, int queue = 0, long[]? vector = null) =>
        Sent(Add(from, atMs, "SendAll", clock, queue, vector, string.Join(';', Enumerable.Range(1, _rates.Length).Where(p => p != from).Select(p => Text(p))), clock));

    public TestRunFolder Receive(int machine, Message message, double atMs, long clock, int queue = 0, long[]? vector = null)
    {
        Add(machine, atMs, "Receive", clock, queue, vector, Text(message.From), message.Clock, message.Id);
        return this;
    }

    /// <summary>
    /// Gives each machine a physical clock <paramref name="offsetsMs"/>[i − 1] ahead of true time (no drift, read to the
    /// nanosecond), and every row its reading and the hybrid logical clock the machines' own rules give it (the rows taken
    /// in time order, a receive after its send), as a run writes them. A test of those rules states its expected cells itself.
    /// </summary>
    public TestRunFolder WithClocks(params double[] offsetsMs)
    {
        _offsetsMs = offsetsMs;
        return this;
    }

    /// <summary>A message sent earlier, by its id.</summary>
    public Message MessageOf(string id) => _messages[id];

    /// <summary>Writes the CSVs and run.json; <paramref name="editManifest"/> may change the manifest first.</summary>
    public string Write(Func<RunManifest, RunManifest>? editManifest = null)
    {
        var withVectors = _rows.Any(rows => rows.Any(r => r.VectorClock.Length > 0));
        if (_offsetsMs is { } offsets)
        {
            StampClocks(offsets);
        }

        for (var m = 0; m < _rates.Length; m++)
        {
            var text = new StringWriter();
            using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
            {
                csv.WriteHeader<EventRow>();
                foreach (var row in _rows[m])
                {
                    csv.WriteRecord(row);
                }
            }

            // PhysicalMs and Hlc come just before VectorClock, the last column: a folder from before them lacks the two, and one
            // from before vector clocks all three.
            var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var kept = EventRow.Columns.Count - (_offsetsMs is null ? 3 : 1);
            File.WriteAllLines(CsvPath(m + 1), lines.Select(line =>
            {
                var fields = line.Split(',');
                return string.Join(',', withVectors ? [.. fields[..kept], fields[^1]] : fields[..(EventRow.Columns.Count - 3)]);
            }));
        }

        var manifest = Manifest();
        File.WriteAllText(System.IO.Path.Combine(Path, RunManifestJson.FileName), RunManifestJson.Serialize(editManifest?.Invoke(manifest) ?? manifest));
        return Path;
    }

    /// <summary>Sets one field of a written CSV: <paramref name="line"/> counts the header as line 1.</summary>
    public void ReplaceField(int machine, int line, string column, string value)
    {
        var lines = File.ReadAllLines(CsvPath(machine));
        var fields = lines[line - 1].Split(',');
        fields[EventRow.ColumnOf(column)] = value;
        lines[line - 1] = string.Join(',', fields);
        File.WriteAllLines(CsvPath(machine), lines);
    }

    /// <summary>
    /// A valid run of three machines with every kind of event, vector clocks included: M1 sends to M2, M2 sends to all,
    /// and every message is received. Line numbers (the header is line 1): M1 internal 2, send 3, internal 4, receive 5,
    /// internal 6; M2 internal 2, receive 3, send to all 4; M3 internal 2, receive 3.
    /// </summary>
    public static TestRunFolder ValidRun()
    {
        var run = new TestRunFolder(5, 6, 1).WithClocks(0, 0, 0);
        run.Internal(1, 100, clock: 1, vector: [1, 0, 0]);
        run.Internal(3, 120, clock: 1, vector: [0, 0, 1]);
        run.Internal(2, 150, clock: 1, vector: [0, 1, 0]);
        var toTwo = run.Send(1, to: 2, 200, clock: 2, vector: [2, 0, 0]);
        run.Receive(2, toTwo, 250, clock: 3, vector: [2, 2, 0]);
        run.Internal(1, 300, clock: 3, vector: [3, 0, 0]);
        var toAll = run.SendAll(2, 350, clock: 4, vector: [2, 3, 0]);
        run.Receive(3, toAll, 400, clock: 5, vector: [2, 3, 2]);
        run.Receive(1, toAll, 450, clock: 5, vector: [4, 3, 0]);
        run.Internal(1, 500, clock: 6, vector: [5, 3, 0]);
        return run;
    }

    public string CsvPath(int machine) => System.IO.Path.Combine(Path, CsvEventLog.FileName(machine));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private EventRow Add(int machine, double atMs, string kind, long clock, int queue, long[]? vector, string? peer = null, long? carried = null, string? id = null)
    {
        var rows = _rows[machine - 1];
        var row = new EventRow
        {
            Machine = machine,
            Tick = rows.Count + 1,
            SystemTime = new SystemTimeText().Of(Start.AddMilliseconds(atMs)),
            ElapsedMs = atMs,
            Event = kind,
            LogicalClock = clock,
            Jump = clock - (rows.Count > 0 ? rows[^1].LogicalClock : 0),
            QueueLength = queue,
            Peer = peer,
            MessageId = id ?? (carried is null ? null : Text(machine) + "-" + Text(rows.Count(r => r.Event is "Send" or "SendAll") + 1)),
            MessageClock = carried,
            VectorClock = vector is null ? "" : VectorClockText.Format(vector),
        };
        rows.Add(row);
        return row;
    }

    private void StampClocks(double[] offsetsMs)
    {
        var sent = new Dictionary<string, HlcTimestamp>();
        var last = _rows.Select(_ => HlcTimestamp.BeforeFirstEvent).ToArray();
        foreach (var row in _rows.SelectMany(rows => rows).OrderBy(r => r.ElapsedMs).ThenBy(r => r.Event == "Receive"))
        {
            var physical = ClockReading.Nanoseconds(row.ElapsedMs + offsetsMs[row.Machine - 1]);
            var hlc = row.Event == "Receive"
                ? HybridLogicalClock.ReceiveRule(last[row.Machine - 1], sent.GetValueOrDefault(row.MessageId!, HlcTimestamp.BeforeFirstEvent), physical)
                : HybridLogicalClock.LocalRule(last[row.Machine - 1], physical);
            if (row.Event is "Send" or "SendAll")
            {
                sent[row.MessageId!] = hlc;
            }

            last[row.Machine - 1] = hlc;
            row.PhysicalMs = ClockReading.ExactMilliseconds(physical);
            row.Hlc = hlc.ToString();
        }
    }

    private Message Sent(EventRow row)
    {
        var message = new Message(row.MessageId!, row.Machine, row.LogicalClock);
        _messages.Add(message.Id, message);
        return message;
    }

    private RunManifest Manifest()
    {
        var machines = _rates.Select((rate, m) => new MachineManifest
        {
            Id = m + 1,
            TickRate = rate,
            Port = 40000 + m,
            Ticks = _rows[m].Count,
            Sent = _rows[m].Where(r => r.Event is "Send" or "SendAll").Sum(r => r.Peer!.Split(';').Length),
            SendEvents = _rows[m].Count(r => r.Event == "Send"),
            SendAllEvents = _rows[m].Count(r => r.Event == "SendAll"),
            Received = _rows[m].Count(r => r.Event == "Receive"),
            Internal = _rows[m].Count(r => r.Event == "Internal"),
            LeftInQueue = 0,
            FinalClock = _rows[m].Select(r => r.LogicalClock).LastOrDefault(),
            MaxJump = _rows[m].Select(r => r.Jump).DefaultIfEmpty(0).Max(),
            MaxQueue = _rows[m].Select(r => r.QueueLength).DefaultIfEmpty(0).Max(),
            EventsFile = CsvEventLog.FileName(m + 1),
        }).ToArray();
        var elapsed = _rows.SelectMany(r => r).Select(r => r.ElapsedMs).DefaultIfEmpty(0).Max() / 1000;
        return new RunManifest
        {
            FormatVersion = "1",
            Options = new SimulationOptions { Machines = _rates.Length, TickRates = _rates, Seed = 1, DurationSeconds = Math.Max(elapsed, 0.001) },
            TickRatesDrawn = false,
            Seed = 1,
            StartUtc = Start,
            EndUtc = Start.AddSeconds(elapsed),
            ElapsedSeconds = elapsed,
            EndReason = "completed",
            Machines = machines,
            InFlight = 0,
        };
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A message as a test refers to it: its id, its sender, and the clock it carries.</summary>
    public sealed record Message(string Id, int From, long Clock);
}
