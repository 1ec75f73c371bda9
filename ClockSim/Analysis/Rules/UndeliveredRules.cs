using ClockSim.Model;
using ClockSim.Recording;
using static System.FormattableString;
using ClockSim.Run;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// Holds <c>undelivered.csv</c> to the events: it lists exactly the messages that were sent to a machine and never
/// received by it, each once, with the sender it names; and its reasons add up to run.json's counts (lost and dropped at
/// a partition, and in flight at the end, per sender; left in a queue, per recipient). Run folders from before network
/// conditions have no such file and are not held to it; a missing file is a broken rule in any later folder (format 3 on,
/// or one whose run.json counts messages lost, dropped or in flight), since then the evidence of what was not received is gone.
/// </summary>
internal static class UndeliveredRules
{
    public static void Check(string folder, RunManifest manifest, MessageLedger ledger, Verdict verdict)
    {
        var path = Path.Combine(folder, UndeliveredCsv.FileName);
        if (!File.Exists(path))
        {
            if (MustHaveTheFile(manifest))
            {
                verdict.Add(RuleKind.Conservation, new FileLine(UndeliveredCsv.FileName),
                    Invariant($"the file is missing, but the run recorded it: {ledger.Unreceived().Count()} messages sent were never received, and nothing lists them"));
            }

            return;
        }

        var unreceived = ledger.Unreceived().ToHashSet();
        var count = new Dictionary<(UndeliveredReason Reason, int Machine), long>();
        IEnumerable<(int Line, UndeliveredRow Row)> rows;
        try
        {
            rows = UndeliveredCsv.Read(path);
        }
        catch (InvalidDataException e)
        {
            // Without its columns the file lists nothing: one failure says why, rather than one for every message it should list.
            verdict.Add(RuleKind.Conservation, new FileLine(UndeliveredCsv.FileName, 1), e.Message);
            return;
        }

        foreach (var (line, row) in rows)
        {
            var where = new FileLine(UndeliveredCsv.FileName, line);
            if (!MessageKey.TryParse(System.Text.Encoding.UTF8.GetBytes(row.MessageId), out var message) || message.Sender != row.From
                || !Enum.TryParse<UndeliveredReason>(row.Reason, out var reason))
            {
                verdict.Add(RuleKind.Conservation, where, $"'{row.MessageId},{row.From},{row.To},{row.Reason}' is not a message id, its sender and a reason");
                continue;
            }

            if (!unreceived.Remove((message, row.To)))
            {
                verdict.Add(RuleKind.Conservation, where,
                    Invariant($"message {message} to machine {row.To} is listed as not received, but it was received, not sent to that machine, or is listed twice"));
                continue;
            }

            var machine = reason == UndeliveredReason.InQueueAtEnd ? row.To : row.From;
            count[(reason, machine)] = count.GetValueOrDefault((reason, machine)) + 1;
        }

        foreach (var (message, recipient) in unreceived)
        {
            verdict.Add(RuleKind.Conservation, new FileLine(UndeliveredCsv.FileName),
                Invariant($"message {message} was sent to machine {recipient}, never received by it, and is not listed"));
        }

        foreach (var machine in manifest.Machines)
        {
            Compare(machine.Id, "droppedByLoss", machine.DroppedByLoss, count.GetValueOrDefault((UndeliveredReason.Loss, machine.Id)), verdict);
            Compare(machine.Id, "droppedByPartition", machine.DroppedByPartition, count.GetValueOrDefault((UndeliveredReason.Partition, machine.Id)), verdict);
            Compare(machine.Id, "inFlightAtEnd", machine.InFlightAtEnd, count.GetValueOrDefault((UndeliveredReason.InFlightAtEnd, machine.Id)), verdict);
            Compare(machine.Id, "leftInQueue", machine.LeftInQueue, count.GetValueOrDefault((UndeliveredReason.InQueueAtEnd, machine.Id)), verdict);
        }
    }

    private static bool MustHaveTheFile(RunManifest manifest) =>
        !(int.TryParse(manifest.FormatVersion, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) && version < 3)
        || manifest.Machines.Any(m => m.DroppedByLoss + m.DroppedByPartition + m.InFlightAtEnd > 0);

    private static void Compare(int machine, string field, long manifest, long listed, Verdict verdict)
    {
        if (manifest != listed)
        {
            verdict.Add(RuleKind.Conservation, new FileLine(RunManifestJson.FileName),
                Invariant($"machine {machine} has {field} {manifest}, but undelivered.csv lists {listed}"));
        }
    }
}
