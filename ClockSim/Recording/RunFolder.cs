using System.Globalization;
using ClockSim.Application;
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
    /// <exception cref="SettingsException">The disk has less room than the run's events take at the least.</exception>
    public static RunFolder Create(RunPlan plan, OutputLocation output, TimeProvider time)
    {
        var parent = output.Resolve(plan.Options.OutputDirectory);
        RequireRoom(plan, parent);
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

    /// <summary>
    /// Refuses, before anything is written, a run whose events cannot fit on the disk: one whose planned ticks, an event each at the
    /// least, written as rows of the fewest bytes, take more than the disk's free space. A run that could fit is never refused.
    /// </summary>
    private static void RequireRoom(RunPlan plan, string parent)
    {
        var ticks = plan.PlannedTicks().Sum();
        var least = (double)ticks * EventRow.LeastBytes(plan.MachineCount);
        var existing = new DirectoryInfo(parent);
        while (!existing.Exists && existing.Parent is { } above)
        {
            existing = above;
        }

        long free;
        try
        {
            // Linux and macOS take any folder and answer for the file system that holds it; Windows takes the drive.
            free = new DriveInfo(OperatingSystem.IsWindows() ? System.IO.Path.GetPathRoot(existing.FullName) ?? existing.FullName : existing.FullName).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A disk that does not tell its free space: the run goes ahead, as it did before this check.
            return;
        }

        if (least > free)
        {
            throw new SettingsException(string.Create(CultureInfo.InvariantCulture,
                $"the run would write {Size(least)} of events at the least ({ticks:N0} ticks of {plan.MachineCount} machines), but the disk that holds {DisplayPath.Of(parent)} has {Size(free)} free; shorten Simulation:DurationSeconds, or lower the tick rates or Simulation:Machines."));
        }
    }

    /// <summary>A number of bytes in decimal units, to three significant figures: <c>45.2 GB</c>, <c>1.77 PB</c>.</summary>
    private static string Size(double bytes)
    {
        string[] units = ["bytes", "kB", "MB", "GB", "TB", "PB", "EB"];
        var unit = 0;
        while (bytes >= 1000 && unit < units.Length - 1)
        {
            bytes /= 1000;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{bytes:G3} {units[unit]}");
    }

    /// <summary>The CSV log of every machine of <paramref name="plan"/>'s run, written into this folder (machine i at index i − 1).</summary>
    public CsvEventLog[] LogsOf(RunPlan plan, RunTimeline timeline) =>
        [.. Enumerable.Range(1, plan.MachineCount).Select(id => new CsvEventLog(id, plan.MachineCount, Path, timeline))];
}
