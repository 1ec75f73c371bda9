using System.Globalization;
using ClockSim.Recording;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Display;

/// <summary>
/// The end-of-run table, from run.json: what each machine did, the totals, and where the files are. Clocks, jumps and
/// queues are in the analysis that follows, read back from the CSVs.
/// </summary>
internal static class RunSummary
{
    public static void Write(IAnsiConsole console, RunManifest manifest, string runFolder)
    {
        var table = TableText.Create(
            string.Create(CultureInfo.InvariantCulture, $"Run {manifest.EndReason} after {manifest.ElapsedSeconds:0.000} s, seed {manifest.Seed}"),
            "Machine", "Ticks", "Receive", "Send", "SendAll", "Internal", "Left in\nqueue");
        foreach (var m in manifest.Machines)
        {
            TableText.AddRow(table, MachineLabel.Of(m.Id, m.TickRate), m.Ticks, m.Received, m.SendEvents, m.SendAllEvents, m.Internal, m.LeftInQueue);
        }

        console.Write(table);
        console.WriteLine($"Messages: {MessageAccount.Of(manifest)}.");
        console.WriteLine(ConsoleText.Line($"Run folder: {runFolder}"));
    }
}
