using ClockSim.Network;
using ClockSim.Run;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// <c>undelivered.csv</c>: every message that was sent but not received, in the order of its sender, its sequence
/// and its recipient, so that with the events files every message of the run can be found.
/// </summary>
internal static class UndeliveredCsv
{
    public const string FileName = "undelivered.csv";

    public static void Write(string runFolder, IEnumerable<UndeliveredMessage> messages, RunTimeline timeline)
    {
        var path = Path.Combine(runFolder, FileName);
        var temporary = path + ".partial";
        var rows = messages
            .OrderBy(m => m.Message.Sender).ThenBy(m => m.Message.Sequence).ThenBy(m => m.Recipient)
            .Select(m => new UndeliveredRow
            {
                MessageId = m.Message.Id,
                From = m.Message.Sender,
                To = m.Recipient,
                SentMs = Math.Round(timeline.ElapsedMs(m.Message.SentTimestamp), 3),
                Reason = m.Reason.ToString(),
            });
        using (var csv = CsvWriter.Create(File.Create(temporary), CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false))
        {
            csv.WriteHeader<UndeliveredRow>();
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
