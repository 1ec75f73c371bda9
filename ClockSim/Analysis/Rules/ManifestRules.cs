using ClockSim.Recording;
using static System.FormattableString;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// Holds the CSVs against <c>run.json</c>: every message sent is received, left in a queue, in flight or dropped
/// (<see cref="MessageAccount"/>, with the sent and received counts taken from the CSVs), and each machine's line of
/// the manifest states what its CSV holds.
/// </summary>
internal static class ManifestRules
{
    private static readonly FileLine Where = new(RunManifestJson.FileName);

    /// <param name="counts">The CSVs' totals, machine i at index i − 1.</param>
    public static void Check(RunManifest manifest, IReadOnlyList<MachineCounts> counts, Verdict verdict)
    {
        var account = MessageAccount.Of(manifest) with { Sent = counts.Sum(c => c.MessagesSent), Received = counts.Sum(c => c.Receives) };
        if (account.Sent != account.Accounted)
        {
            verdict.Add(RuleKind.Conservation, Where, Invariant($"the messages do not add up (sent and received by the CSVs): {account} = {account.Accounted}"));
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
}
