using ClockSim.Recording;
using static System.FormattableString;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// Holds <c>sync.csv</c> against <c>run.json</c> (<see cref="RuleKind.Conservation"/>): each machine's corrections in the
/// file number its <c>syncAdjustments</c>, the time server is never corrected, and a run that counts corrections has the file.
/// </summary>
internal static class SyncRules
{
    /// <param name="rows">The rows of the folder's <c>sync.csv</c>, or null when it has none.</param>
    public static void Check(RunManifest manifest, IReadOnlyList<SyncRow>? rows, Verdict verdict)
    {
        var counted = manifest.Machines.Sum(m => m.SyncAdjustments);
        if (rows is null)
        {
            if (counted > 0)
            {
                verdict.Add(RuleKind.Conservation, new FileLine(RunManifestJson.FileName),
                    Invariant($"run.json counts {counted} corrections of the clocks, but the folder has no {SyncCsv.FileName}"));
            }

            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Machine is var machine && (machine <= 1 || machine > manifest.Machines.Count))
            {
                verdict.Add(RuleKind.Conservation, new FileLine(SyncCsv.FileName, i + 2),
                    Invariant($"machine {machine} is corrected, but only machines 2 to {manifest.Machines.Count} ask the time server, machine 1"));
            }
        }

        foreach (var machine in manifest.Machines)
        {
            var inFile = rows.Count(r => r.Machine == machine.Id);
            if (inFile != machine.SyncAdjustments)
            {
                verdict.Add(RuleKind.Conservation, new FileLine(RunManifestJson.FileName),
                    Invariant($"machine {machine.Id} has syncAdjustments {machine.SyncAdjustments}, but {SyncCsv.FileName} holds {inFile} of its corrections"));
            }
        }
    }
}
