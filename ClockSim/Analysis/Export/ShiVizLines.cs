using System.Text;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Export;

/// <summary>
/// The lines of <c>run.shiviz.log</c>, taken as the analysis streams the events by: the first
/// <see cref="ShiVizLog.MaxEvents"/> in time (<see cref="FirstEventsInTime"/>), each machine's in its own order. The log
/// is written only once the run is known to be valid, so its text is held until then; it is a few megabytes at most.
/// </summary>
internal sealed class ShiVizLines
{
    private readonly StringBuilder[] _machines;
    private readonly FirstEventsInTime _first;

    public ShiVizLines(int machineCount)
    {
        _machines = [.. Enumerable.Range(0, machineCount).Select(_ => new StringBuilder())];
        _first = new FirstEventsInTime(ShiVizLog.MaxEvents, Append);
    }

    /// <summary>Takes the next event of machine <paramref name="machineIndex"/> (from 0), in time order.</summary>
    public void Add(int machineIndex, in MachineEvent row) => _first.Add(machineIndex, row);

    /// <summary>Takes the events of the last instant, once every event has come.</summary>
    public void Complete() => _first.Complete();

    /// <summary>Writes the log into <paramref name="folder"/>: the parser, the delimiter, then each machine's events.</summary>
    public void Write(string folder) => AtomicFile.Write(Path.Combine(folder, ShiVizLog.FileName), stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        writer.Write(ShiVizLog.Parser + "\n\n");
        foreach (var machine in _machines)
        {
            writer.Write(machine);
        }
    });

    private void Append(int machineIndex, MachineEvent row) => _machines[machineIndex]
        .Append(ShiVizLog.Text(row, _machines.Length)).Append('\n')
        .Append(ShiVizLog.Host(row.Machine)).Append(' ').Append(ShiVizLog.Clock(row.Vector.Span)).Append('\n');
}
