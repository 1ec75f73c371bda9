using System.Globalization;
using ClockSim.Analysis.Reading;
using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// Holds the CSVs against <c>run.json</c>: every message sent is received, left in a queue or in flight
/// (Σ sent = Σ receives + Σ leftInQueue + inFlight, a send to all counting once per recipient), and each
/// machine's line of the manifest states what its CSV holds.
/// </summary>
internal static class ManifestRules
{
    private static readonly FileLine Where = new(RunManifestJson.FileName);

    /// <param name="counts">The CSVs' totals, machine i at index i − 1.</param>
    public static void Check(RunManifest manifest, IReadOnlyList<MachineCounts> counts, Verdict verdict)
    {
        var sent = counts.Sum(c => c.MessagesSent);
        var received = counts.Sum(c => c.Receives);
        var left = manifest.Machines.Sum(m => m.LeftInQueue);
        if (sent != received + left + manifest.InFlight)
        {
            verdict.Add(RuleKind.Conservation, Where, Invariant(
                $"{sent} messages sent (by the CSVs) ≠ {received} received + {left} left in queues + {manifest.InFlight} in flight = {received + left + manifest.InFlight}"));
        }

        foreach (var (machine, csv) in manifest.Machines.Zip(counts))
        {
            Compare(machine.Id, "ticks", machine.Ticks, csv.Ticks, verdict);
            Compare(machine.Id, "sendEvents", machine.SendEvents, csv.Sends, verdict);
            Compare(machine.Id, "sendAllEvents", machine.SendAllEvents, csv.SendAlls, verdict);
            Compare(machine.Id, "received", machine.Received, csv.Receives, verdict);
            Compare(machine.Id, "internal", machine.Internal, csv.Internals, verdict);
            Compare(machine.Id, "sent", machine.Sent, csv.MessagesSent, verdict);
            Compare(machine.Id, "finalClock", machine.FinalClock, csv.FinalClock, verdict);
            Compare(machine.Id, "maxJump", machine.MaxJump, csv.MaxJump, verdict);
            Compare(machine.Id, "maxQueue", machine.MaxQueue, csv.MaxQueue, verdict);
        }
    }

    private static void Compare(int machine, string field, long manifest, long csv, Verdict verdict)
    {
        if (manifest != csv)
        {
            verdict.Add(RuleKind.Conservation, Where, Invariant($"machine {machine} has {field} {manifest}, but its CSV gives {csv}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
