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
        var table = MachineTable.Create(
            string.Create(CultureInfo.InvariantCulture, $"Run {manifest.EndReason} after {manifest.ElapsedSeconds:0.000} s, seed {manifest.Seed}"),
            manifest.Machines, m => (m.Id, m.TickRate),
            Whole("Ticks", m => m.Ticks), Whole("Receive", m => m.Received), Whole("Send", m => m.SendEvents), Whole("SendAll", m => m.SendAllEvents),
            Whole("Internal", m => m.Internal), Whole("Left in\nqueue", m => m.LeftInQueue));
        console.Write(table);
        console.WriteLine($"Messages: {MessageAccount.Of(manifest)}.");
        if (BehindRealTime.Sentence(manifest) is { } behind)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(behind)}[/]");
        }

        console.WriteLine(ConsoleText.Line($"Run folder: {runFolder}"));
    }

    private static MachineColumn<MachineManifest> Whole(string header, Func<MachineManifest, long> count) => MachineColumn<MachineManifest>.Whole(header, count);
}
