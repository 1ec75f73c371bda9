using System.Runtime.CompilerServices;
using System.Text.Json;
using ClockSim.Model;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// One machine's rows as the page reads them: a column per field in row order, where a value that mostly repeats is
/// written as the difference from what the row before it implies, so a long run stays small and every value of the CSV
/// can be rebuilt exactly:
/// <list type="bullet">
/// <item><c>tick</c>, <c>time</c> (whole microseconds) and <c>clock</c>: the difference from the row before (1, the tick
/// interval, the jump);</item>
/// <item><c>kind</c>: one digit per row, the <see cref="Model.EventKind"/>;</item>
/// <item><c>message</c>: only the rows with a peer, a message id or a message clock, five numbers each: rows since the
/// last such row, the peer code of <see cref="PeerSetTable"/>, the message id's sender and sequence (0 and 0 for none),
/// and the row's clock minus the message clock (null for none);</item>
/// <item><c>vector</c>: per row, how many entries differ from the row before with the machine's own entry plus one (0
/// for a local event), then each as its index and its difference;</item>
/// <item><c>physical</c>: the machine's clock's reading in whole nanoseconds, as the difference from the row before
/// (it may be negative: a synchronisation set the clock back); <c>hlcLead</c>: the hybrid logical clock's l minus that
/// reading (mostly 0); <c>hlcCounter</c>: its c. Only when every row has them.</item>
/// </list>
/// </summary>
/// <param name="spill">Where the columns' text goes once it is long; null to keep it in memory.</param>
internal sealed class MachineColumns(int machine, int machineCount, PeerSetTable peers, SpillFile? spill)
{
    /// <summary>Times beyond a century are not times a run wrote; they are clamped so a damaged row cannot overflow.</summary>
    private const double MaxMs = 3.2e12;

    private readonly NumberColumn _ticks = new(spill);
    private readonly NumberColumn _times = new(spill);
    private readonly Utf8Chunks _kinds = new(spill, (byte)'"');
    private readonly NumberColumn _clocks = new(spill);
    private readonly NumberColumn _jumps = new(spill);
    private readonly NumberColumn _queues = new(spill);
    private readonly NumberColumn _messages = new(spill);
    private readonly NumberColumn _vectors = new(spill);
    private readonly long[] _vector = new long[machineCount];
    private readonly List<int> _changed = [];
    private readonly NumberColumn _physical = new(spill);
    private readonly NumberColumn _hlcLead = new(spill);
    private readonly NumberColumn _hlcCounter = new(spill);
    private long _physicalNs;
    private long _tick;
    private long _micros;
    private long _clock;
    private int _lastMessageRow = -1;

    public int Rows => _ticks.Count;

    /// <summary>Whether every row so far has a vector clock of one entry per machine; the page needs all of them or none.</summary>
    public bool HasVectors { get; private set; } = true;

    /// <summary>Whether every row so far has a physical reading and a hybrid logical clock; the page needs all of them or none.</summary>
    public bool HasClocks { get; private set; } = true;

    public void Add(in MachineEvent row)
    {
        var micros = (long)Math.Round(double.IsFinite(row.ElapsedMs) ? Math.Clamp(row.ElapsedMs, -MaxMs, MaxMs) * 1000 : 0);
        _ticks.Add(row.Tick - _tick);
        _times.Add(micros - _micros);
        _kinds.Append((byte)('0' + (int)row.Kind));
        _clocks.Add(row.LogicalClock - _clock);
        _jumps.Add(row.Jump);
        _queues.Add(row.QueueLength);
        (_tick, _micros, _clock) = (row.Tick, micros, row.LogicalClock);

        if (row.Peers.Count > 0 || !row.Message.IsNone || row.MessageClock is not null)
        {
            _messages.Add(Rows - 1 - _lastMessageRow);
            _messages.Add(peers.Code(row.Peers));
            _messages.Add(row.Message.Sender);
            _messages.Add(row.Message.Sequence);
            _messages.Add(row.LogicalClock - row.MessageClock);
            _lastMessageRow = Rows - 1;
        }

        AddVector(row.Vector.Span);
        AddClocks(row.PhysicalNs, row.Hlc);
    }

    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("id", machine);
        json.WriteNumber("rows", Rows);
        _ticks.WriteTo(json, "tick");
        _times.WriteTo(json, "time");
        _kinds.Append((byte)'"');
        _kinds.WriteTo(json, "kind");
        _clocks.WriteTo(json, "clock");
        _jumps.WriteTo(json, "jump");
        _queues.WriteTo(json, "queue");
        _messages.WriteTo(json, "message");
        if (HasVectors)
        {
            _vectors.WriteTo(json, "vector");
        }

        if (HasClocks)
        {
            _physical.WriteTo(json, "physical");
            _hlcLead.WriteTo(json, "hlcLead");
            _hlcCounter.WriteTo(json, "hlcCounter");
        }

        json.WriteEndObject();
    }

    private void AddClocks(long? physicalNs, HlcTimestamp? hlc)
    {
        if (!HasClocks || physicalNs is not { } physical || hlc is not { } stamp)
        {
            HasClocks = false;
            _physical.Clear();
            _hlcLead.Clear();
            _hlcCounter.Clear();
            return;
        }

        _physical.Add(physical - _physicalNs);
        _hlcLead.Add(stamp.L - physical);
        _hlcCounter.Add(stamp.C);
        _physicalNs = physical;
    }

    // A whole vector per event: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddVector(ReadOnlySpan<long> vector)
    {
        if (!HasVectors || vector.Length != machineCount)
        {
            HasVectors = false;
            _vectors.Clear();
            return;
        }

        _vector[machine - 1]++;
        _changed.Clear();
        for (var i = 0; i < machineCount; i++)
        {
            if (vector[i] != _vector[i])
            {
                _changed.Add(i);
            }
        }

        _vectors.Add(_changed.Count);
        foreach (var i in _changed)
        {
            _vectors.Add(i);
            _vectors.Add(vector[i] - _vector[i]);
            _vector[i] = vector[i];
        }
    }
}
