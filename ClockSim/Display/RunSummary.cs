using System.Globalization;
using ClockSim.Recording;
using Spectre.Console;

namespace ClockSim.Display;

/// <summary>The end-of-run table: one row per machine, the totals, and where the files are.</summary>
internal static class RunSummary
{
    public static void Write(IAnsiConsole console, RunManifest manifest, string runFolder)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(string.Create(CultureInfo.InvariantCulture, $"Run {manifest.EndReason} after {manifest.ElapsedSeconds:0.000} s, seed {manifest.Seed}"));
        table.AddColumns("Machine", "Rate /s", "Ticks", "Sends", "Send-alls", "Msgs sent", "Receives", "Internal", "Final clock", "Max jump", "Max queue", "Left in queue");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var m in manifest.Machines)
        {
            table.AddRow(TableText.Cells(m.Id, m.TickRate.ToString("0.###", CultureInfo.InvariantCulture), m.Ticks, m.SendEvents, m.SendAllEvents, m.Sent,
                m.Received, m.Internal, m.FinalClock, m.MaxJump, m.MaxQueue, m.LeftInQueue));
        }

        console.Write(table);
        var sent = manifest.Machines.Sum(m => m.Sent);
        var received = manifest.Machines.Sum(m => m.Received);
        var left = manifest.Machines.Sum(m => m.LeftInQueue);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Messages: {sent} sent = {received} received + {left} left in queues + {manifest.InFlight} in flight."));
        console.WriteLine($"Run folder: {runFolder}");
    }
}
