using System.Globalization;
using ClockSim.Configuration;
using ClockSim.Recording;

namespace ClockSim.Tests.Analysis;

/// <summary>
/// Builds a small run folder by hand: each call is one tick of one machine, with the clock, jump, tick
/// number and message columns worked out by Lamport's rules, so a test states only what happens and when.
/// <see cref="Write"/> writes the CSVs and a run.json that agrees with them; <see cref="ReplaceField"/> and
/// the manifest edit then break exactly one thing.
/// </summary>
internal sealed class TestRunFolder : IDisposable
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly double[] _rates;
    private readonly List<string>[] _lines;
    private readonly long[] _clocks;
    private readonly long[] _sequences;
    private readonly long[] _maxJumps;
    private readonly int[] _maxQueues;
    private readonly long[,] _counts;
    private readonly List<(string Id, int To, long Clock, double SentAt)> _waiting = [];
    private readonly Dictionary<string, long> _sentClocks = [];

    public TestRunFolder(params double[] rates)
    {
        _rates = rates;
        _lines = [.. rates.Select(_ => new List<string>())];
        _clocks = new long[rates.Length];
        _sequences = new long[rates.Length];
        _maxJumps = new long[rates.Length];
        _maxQueues = new int[rates.Length];
        _counts = new long[rates.Length, 5];
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clocksim-analysis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public TestRunFolder Internal(int machine, double atMs, int? queue = null)
    {
        Row(machine, atMs, "Internal", _clocks[machine - 1] + 1, null, null, null, queue, 3);
        return this;
    }

    /// <returns>The message id.</returns>
    public string Send(int from, int to, double atMs, int? queue = null)
    {
        var id = NextId(from);
        var clock = _clocks[from - 1] + 1;
        _waiting.Add((id, to, clock, atMs));
        Row(from, atMs, "Send", clock, Text(to), id, clock, queue, 1);
        _counts[from - 1, 4] += 1;
        return id;
    }

    /// <returns>The message id, shared by every recipient.</returns>
    public string SendAll(int from, double atMs, int? queue = null)
    {
        var id = NextId(from);
        var clock = _clocks[from - 1] + 1;
        var peers = Enumerable.Range(1, _rates.Length).Where(p => p != from).ToArray();
        _waiting.AddRange(peers.Select(p => (id, p, clock, atMs)));
        Row(from, atMs, "SendAll", clock, string.Join(';', peers.Select(p => Text(p))), id, clock, queue, 2);
        _counts[from - 1, 4] += peers.Length;
        return id;
    }

    public TestRunFolder Receive(int machine, string messageId, double atMs, int? queue = null)
    {
        // A message received a second time is no longer waiting; its clock is still known, so a test can break that rule.
        _waiting.RemoveAll(w => w.Id == messageId && w.To == machine);
        var carried = _sentClocks[messageId];
        var clock = Math.Max(_clocks[machine - 1], carried) + 1;
        Row(machine, atMs, "Receive", clock, messageId.Split('-')[0], messageId, carried, queue, 0);
        return this;
    }

    /// <summary>Writes the CSVs and run.json; <paramref name="editManifest"/> may change the manifest first.</summary>
    public string Write(Func<RunManifest, RunManifest>? editManifest = null)
    {
        for (var m = 0; m < _rates.Length; m++)
        {
            File.WriteAllLines(CsvPath(m + 1), [string.Join(',', ClockSim.Recording.EventRow.Columns), .. _lines[m]]);
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
        fields[ClockSim.Recording.EventRow.Columns.ToList().IndexOf(column)] = value;
        lines[line - 1] = string.Join(',', fields);
        File.WriteAllLines(CsvPath(machine), lines);
    }

    /// <summary>
    /// A valid run of three machines with every kind of event: M1 sends to M2, M2 sends to all, and every
    /// message is received. Line numbers (the header is line 1): M1 internal 2, send 3, internal 4, receive 5,
    /// internal 6; M2 internal 2, receive 3, send to all 4; M3 internal 2, receive 3.
    /// </summary>
    public static TestRunFolder ValidRun()
    {
        var run = new TestRunFolder(5, 6, 1);
        run.Internal(1, 100);
        run.Internal(3, 120);
        run.Internal(2, 150);
        var toTwo = run.Send(1, 2, 200);
        run.Receive(2, toTwo, 250);
        run.Internal(1, 300);
        var toAll = run.SendAll(2, 350);
        run.Receive(3, toAll, 400);
        run.Receive(1, toAll, 450);
        run.Internal(1, 500);
        return run;
    }

    public string CsvPath(int machine) => System.IO.Path.Combine(Path, EventLog.FileName(machine));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string NextId(int from)
    {
        var id = Text(from) + "-" + Text(++_sequences[from - 1]);
        _sentClocks[id] = _clocks[from - 1] + 1;
        return id;
    }

    private void Row(int machine, double atMs, string kind, long clock, string? peer, string? id, long? carried, int? queue, int countIndex)
    {
        var m = machine - 1;
        var jump = clock - _clocks[m];
        _clocks[m] = clock;
        var waiting = queue ?? _waiting.Count(w => w.To == machine && w.SentAt <= atMs);
        _maxJumps[m] = Math.Max(_maxJumps[m], jump);
        _maxQueues[m] = Math.Max(_maxQueues[m], waiting);
        _counts[m, countIndex]++;
        var tick = _lines[m].Count + 1;
        var time = Start.AddMilliseconds(atMs).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        _lines[m].Add(string.Join(',', Text(machine), Text(tick), time, atMs.ToString(CultureInfo.InvariantCulture), kind,
            Text(clock), Text(jump), Text(waiting), peer ?? "", id ?? "", carried is { } c ? Text(c) : ""));
    }

    private RunManifest Manifest()
    {
        var machines = _rates.Select((rate, m) => new MachineManifest
        {
            Id = m + 1,
            TickRate = rate,
            Port = 40000 + m,
            Ticks = _lines[m].Count,
            Sent = _counts[m, 4],
            SendEvents = _counts[m, 1],
            SendAllEvents = _counts[m, 2],
            Received = _counts[m, 0],
            Internal = _counts[m, 3],
            LeftInQueue = _waiting.Count(w => w.To == m + 1),
            FinalClock = _clocks[m],
            MaxJump = _maxJumps[m],
            MaxQueue = _maxQueues[m],
            EventsFile = EventLog.FileName(m + 1),
        }).ToArray();
        var elapsed = _lines.SelectMany(l => l).Select(l => double.Parse(l.Split(',')[3], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() / 1000;
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
}
