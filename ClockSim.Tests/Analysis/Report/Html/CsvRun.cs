using ClockSim.Display;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>A run folder's events as its CSVs hold them: what the browser tests hold the page's drawing against.</summary>
internal sealed class CsvRun
{
    private CsvRun(IReadOnlyList<string> labels, IReadOnlyList<IReadOnlyList<MachineEvent>> machines)
    {
        Labels = labels;
        Machines = machines;
    }

    /// <summary>Each machine's name with its rate, as every table and lane shows it.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Machine i's rows at index i − 1, in file order.</summary>
    public IReadOnlyList<IReadOnlyList<MachineEvent>> Machines { get; }

    public IEnumerable<MachineEvent> Rows => Machines.SelectMany(rows => rows);

    public static CsvRun Read(string folder)
    {
        var manifest = RunManifestJson.Read(folder);
        return new CsvRun(
            [.. manifest.Machines.Select(m => MachineLabel.Of(m.Id, m.TickRate))],
            [.. manifest.Machines.Select(m => (IReadOnlyList<MachineEvent>)[.. EventCsvReader.Events(Path.Combine(folder, m.EventsFile))])]);
    }

    public static EventId IdOf(MachineEvent row) => new(row.Machine, row.Tick);

    public MachineEvent Row(EventId id) => Machines[id.Machine - 1].Single(row => row.Tick == id.Tick);

    /// <summary>Every message received: from the send row that carries its id to the receive row.</summary>
    public IEnumerable<DrawnArrow> Messages()
    {
        var sends = Rows.Where(row => row.Kind is EventKind.Send or EventKind.SendAll).ToDictionary(row => row.Message);
        return Rows.Where(row => row.Kind == EventKind.Receive).Select(row => new DrawnArrow(IdOf(sends[row.Message]), IdOf(row), row.PhysicalNs < sends[row.Message].PhysicalNs));
    }

    /// <summary>Whether <paramref name="a"/> happened before <paramref name="b"/>: b's vector entry for a's machine has reached a's tick.</summary>
    public static bool HappenedBefore(MachineEvent a, MachineEvent b) => IdOf(a) != IdOf(b) && b.Vector.Span[a.Machine - 1] >= a.Tick;

    /// <summary>How <paramref name="row"/> stands to <paramref name="selected"/>, in the page's words.</summary>
    public static string RelationTo(MachineEvent selected, MachineEvent row) =>
        IdOf(row) == IdOf(selected) ? "selected"
        : HappenedBefore(row, selected) ? "past"
        : HappenedBefore(selected, row) ? "future"
        : "concurrent";
}
