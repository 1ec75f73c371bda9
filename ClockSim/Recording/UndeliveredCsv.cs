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

    /// <summary>The generated writer, used directly, as the events logs use theirs (no expression machinery loads).</summary>
    private static readonly CsvRecordWriter<UndeliveredRow> Rows = CsvRecordWriter.Create<UndeliveredRow>();

    public static void Write(string runFolder, IEnumerable<UndeliveredMessage> messages, RunTimeline timeline)
    {
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
        AtomicFile.Write(Path.Combine(runFolder, FileName), stream =>
        {
            using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            Rows.WriteHeader(csv);
            csv.EndRecord();
            foreach (var row in rows)
            {
                Rows.Write(csv, row);
                csv.EndRecord();
            }
        });
    }

    /// <summary>The lines of a run folder's <c>undelivered.csv</c>, with their line numbers (the header is line 1), read as they are enumerated.</summary>
    /// <exception cref="InvalidDataException">The header lacks a column: found here, before any line is read.</exception>
    public static IEnumerable<(int Line, UndeliveredRow Row)> Read(string path)
    {
        var csv = CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default, leaveOpen: false);
        try
        {
            return Lines(csv, CsvColumns.Find(csv, nameof(UndeliveredRow.MessageId), nameof(UndeliveredRow.From), nameof(UndeliveredRow.To),
                nameof(UndeliveredRow.SentMs), nameof(UndeliveredRow.Reason)));
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    private static IEnumerable<(int Line, UndeliveredRow Row)> Lines(CsvReader csv, int[] columns)
    {
        using (csv)
        {
            var line = 1;
            while (csv.Read())
            {
                yield return (++line, new UndeliveredRow
                {
                    MessageId = csv.GetString(columns[0]),
                    From = csv.TryParse<int>(columns[1], out var from) ? from : 0,
                    To = csv.TryParse<int>(columns[2], out var to) ? to : 0,
                    SentMs = csv.TryParse<double>(columns[3], out var sent) ? sent : double.NaN,
                    Reason = csv.GetString(columns[4]),
                });
            }
        }
    }
}
