using System.Globalization;
using ClockSim.Configuration;
using ClockSim.Run;

namespace ClockSim.Recording;

/// <summary>
/// The folder a run writes, e.g. <c>runs/20261125-120000-seed42</c>: named by the wall-clock second the run starts in and
/// its seed, chosen and created in one step among every ClockSim process writing into the same parent (see
/// <see cref="RunFolderLock"/>). Only a run that writes files has one; a sweep's figures-only run never touches the disk.
/// </summary>
internal sealed record RunFolder(string Path)
{
    /// <summary>Chooses a free folder for <paramref name="plan"/> under its <c>OutputDirectory</c>, and creates it.</summary>
    public static RunFolder Create(RunPlan plan, OutputLocation output, TimeProvider time)
    {
        var parent = output.Resolve(plan.Options.OutputDirectory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyyMMdd-HHmmss}-seed{plan.Seed}");
        using var chosenAlone = RunFolderLock.Take(parent);
        var folder = System.IO.Path.Combine(parent, name);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = System.IO.Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{name}-{n}"));
        }

        Directory.CreateDirectory(folder);
        return new RunFolder(folder);
    }

    /// <summary>The CSV log of every machine of <paramref name="plan"/>'s run, written into this folder (machine i at index i − 1).</summary>
    public CsvEventLog[] LogsOf(RunPlan plan, RunTimeline timeline) =>
        [.. Enumerable.Range(1, plan.MachineCount).Select(id => new CsvEventLog(id, plan.MachineCount, Path, timeline))];
}
