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
    /// <summary>
    /// What the runtime opens as a run starts, beside what it holds when the run's folder is chosen: the assemblies it loads
    /// then (each held open twice) and its handles for waiting on sockets and threads.
    /// </summary>
    private const int RuntimeReserve = 64;

    /// <summary>Chooses a free folder for <paramref name="plan"/> under its <c>OutputDirectory</c>, and creates it.</summary>
    /// <param name="sockets">How many sockets the run's engine holds open beside the machines' CSVs.</param>
    /// <exception cref="SettingsException">
    /// The disk has less room than the run's events take at the least, or the process may not hold open the files and sockets the run needs.
    /// </exception>
    public static RunFolder Create(RunPlan plan, OutputLocation output, TimeProvider time, long sockets)
    {
        var parent = output.Resolve(plan.Options.OutputDirectory);
        RequireRoom(plan, parent);
        RequireOpenFiles(plan, sockets, OpenFiles.Open(), OpenFiles.Limit());
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

    /// <summary>
    /// Refuses, before anything is written, a run that needs more files and sockets open at once than the process may hold:
    /// those open now, every machine's CSV, the engine's sockets, and <see cref="RuntimeReserve"/>.
    /// </summary>
    /// <param name="open">How many the process holds open now.</param>
    /// <param name="limit">How many it may hold at once; null when that is unknown or unlimited.</param>
    internal static void RequireOpenFiles(RunPlan plan, long sockets, int open, long? limit)
    {
        var needed = open + RuntimeReserve + plan.MachineCount + sockets;
        if (limit is null || needed <= limit)
        {
            return;
        }

        var own = open + RuntimeReserve;
        var message = sockets == 0
            ? string.Create(CultureInfo.InvariantCulture, $"the run needs {needed:N0} files open at once: {plan.MachineCount} machines' CSVs and {own:N0} of the program's own; but this process may open {limit:N0} (its open-file limit, ulimit -n); raise the limit or lower Simulation:Machines.")
            : string.Create(CultureInfo.InvariantCulture, $"the run needs {needed:N0} files and sockets open at once: {plan.MachineCount} machines' CSVs, {sockets:N0} sockets (a listener for each machine and both ends of each pair's connection) and {own:N0} of the program's own; but this process may open {limit:N0} (its open-file limit, ulimit -n); raise the limit, lower Simulation:Machines, or use the Virtual engine, which opens no sockets.");
        throw new SettingsException(message);
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
