using System.Text.Json;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The rows the page draws, taken as the analysis streams them by in time order (<see cref="MachineColumns"/>, one per
/// machine). A run of more than <see cref="MaxEvents"/> events is cut in time (<see cref="FirstEventsInTime"/>), so the
/// diagram shows the start of the run whole (its causal futures end at that instant). The columns' text waits in a
/// <see cref="SpillFile"/> until the page is written.
/// </summary>
internal sealed class ReportColumns
{
    /// <summary>The most events a report holds, so that a browser still opens the page.</summary>
    public const long MaxEvents = 1_000_000;

    private readonly SpillFile _spill = new();
    private readonly MachineColumns[] _machines;
    private readonly FirstEventsInTime _first;

    /// <param name="runEvents">How many events the run says it has (run.json); the page is cut only when that is above <paramref name="maxEvents"/>.</param>
    public ReportColumns(IReadOnlyList<int> machineIds, long runEvents, long maxEvents)
    {
        _machines = [.. machineIds.Select(id => new MachineColumns(id, machineIds.Count, Peers, _spill))];
        _first = new FirstEventsInTime(runEvents > maxEvents ? maxEvents : long.MaxValue, (machine, row) => _machines[machine].Add(row));
    }

    public PeerSetTable Peers { get; } = new();

    /// <summary>The instant the page ends at, in milliseconds (just before the rows it left out); null when it holds the whole run.</summary>
    public double? UntilMs => _first.UntilMs;

    /// <summary>How many rows the page holds.</summary>
    public long Rows => _machines.Sum(m => (long)m.Rows);

    /// <summary>Whether every row the page holds has a whole vector clock.</summary>
    public bool WholeVectors => _machines.All(m => m.HasVectors);

    /// <summary>Whether every row the page holds has a physical reading and an HLC.</summary>
    public bool WholeClocks => _machines.All(m => m.HasClocks);

    /// <summary>Takes the next row of machine <paramref name="machineIndex"/> (from 0), in time order.</summary>
    public void Add(int machineIndex, in MachineEvent row) => _first.Add(machineIndex, row);

    /// <summary>Takes the rows of the last instant, once every row has come.</summary>
    public void Complete() => _first.Complete();

    /// <summary>Writes every machine's columns, once: their text is let go of as it is written.</summary>
    public void WriteMachines(Utf8JsonWriter json)
    {
        foreach (var machine in _machines)
        {
            machine.WriteTo(json);
        }

        _spill.Dispose();
    }
}
