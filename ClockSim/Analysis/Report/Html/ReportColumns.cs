using System.Text.Json;
using ClockSim.Model;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The rows the page draws, taken as the analysis streams them by in time order (<see cref="MachineColumns"/>, one per
/// machine). A run of more than <see cref="MaxEvents"/> events is cut in time: the page holds every event up to the last
/// instant at which no more than that many have happened, so the diagram shows the start of the run whole (its causal
/// futures end at that instant). Every event at the cut's instant goes with it or none does, so the rows of the latest
/// instant wait until a later one comes.
/// </summary>
internal sealed class ReportColumns
{
    private readonly MachineColumns[] _machines;
    private readonly List<(int Machine, MachineEvent Row)> _atLatest = [];
    private readonly long _limit;
    private long _taken;
    private bool _cut;

    /// <param name="runEvents">How many events the run says it has (run.json); the page is cut only when that is above <paramref name="maxEvents"/>.</param>
    public ReportColumns(IReadOnlyList<int> machineIds, long runEvents, long maxEvents)
    {
        _machines = [.. machineIds.Select(id => new MachineColumns(id, machineIds.Count, Peers))];
        _limit = runEvents > maxEvents ? maxEvents : long.MaxValue;
    }

    /// <summary>The most events a report holds, so that a browser still opens the page.</summary>
    public const long MaxEvents = 1_000_000;

    public PeerSetTable Peers { get; } = new();

    /// <summary>The instant the page ends at, in milliseconds (just before the rows it left out); null when it holds the whole run.</summary>
    public double? UntilMs { get; private set; }

    /// <summary>How many rows the page holds.</summary>
    public long Rows => _machines.Sum(m => (long)m.Rows);

    /// <summary>Whether every row the page holds has a whole vector clock.</summary>
    public bool WholeVectors => _machines.All(m => m.HasVectors);

    /// <summary>Whether every row the page holds has a physical reading and an HLC.</summary>
    public bool WholeClocks => _machines.All(m => m.HasClocks);

    /// <summary>Takes the next row of machine <paramref name="machineIndex"/> (from 0), in time order.</summary>
    public void Add(int machineIndex, in MachineEvent row)
    {
        if (_cut)
        {
            return;
        }

        if (_atLatest.Count > 0 && row.ElapsedMs != _atLatest[0].Row.ElapsedMs && !TakeLatest(row.ElapsedMs))
        {
            return;
        }

        _atLatest.Add((machineIndex, row));
    }

    /// <summary>Takes the rows of the last instant, once every row has come.</summary>
    public void Complete()
    {
        if (!_cut && _atLatest.Count > 0)
        {
            TakeLatest(double.PositiveInfinity);
        }
    }

    public void WriteMachines(Utf8JsonWriter json)
    {
        foreach (var machine in _machines)
        {
            machine.WriteTo(json);
        }
    }

    /// <summary>The rows of the latest instant go onto the page if they fit; otherwise the page ends before them.</summary>
    /// <param name="next">The instant of the row that came after them.</param>
    /// <returns>Whether the page takes more rows.</returns>
    private bool TakeLatest(double next)
    {
        var instant = _atLatest[0].Row.ElapsedMs;
        if (_taken + _atLatest.Count > _limit)
        {
            (_cut, UntilMs) = (true, Math.BitDecrement(instant));
            _atLatest.Clear();
            return false;
        }

        foreach (var (machine, row) in _atLatest)
        {
            _machines[machine].Add(row);
        }

        _taken += _atLatest.Count;
        _atLatest.Clear();
        if (_taken == _limit && next != double.PositiveInfinity)
        {
            (_cut, UntilMs) = (true, instant);
            return false;
        }

        return true;
    }
}
