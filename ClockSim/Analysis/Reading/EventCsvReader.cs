using System.Globalization;
using System.Text;
using ClockSim.Model;
using ClockSim.Recording;
using CsvHelper;

namespace ClockSim.Analysis;

/// <summary>
/// Streams a machine's CSV row by row with CsvHelper's span getters: numbers are parsed from the UTF-8
/// bytes in place, so a million rows cost no string per field. A row that does not parse is reported to
/// the verdict and skipped; the rules that follow it then see the gap.
/// </summary>
internal static class EventCsvReader
{
    private const int MachineColumn = 0;
    private const int TickColumn = 1;
    private const int ElapsedColumn = 3;
    private const int EventColumn = 4;
    private const int ClockColumn = 5;
    private const int JumpColumn = 6;
    private const int QueueColumn = 7;
    private const int PeerColumn = 8;
    private const int MessageIdColumn = 9;
    private const int MessageClockColumn = 10;

    /// <summary>Reads <paramref name="path"/>, handing each row that parses to <paramref name="onRow"/> in file order.</summary>
    public static void Read(string path, Verdict verdict, Action<AnalysisRow> onRow, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { Separator = ',' }, leaveOpen: false);
        if (!csv.Headers.SequenceEqual(EventRow.Columns))
        {
            verdict.Add(RuleKind.RowFormat, $"{file} line 1", $"the header is '{string.Join(',', csv.Headers)}', expected '{string.Join(',', EventRow.Columns)}'");
            return;
        }

        while (csv.Read())
        {
            // The header is line 1 and no field holds a line break, so data record n is line n + 1.
            var line = checked((int)csv.RowNumber + 1);
            if ((line & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (TryParse(csv, line, out var row, out var problem))
            {
                onRow(row);
            }
            else
            {
                verdict.Add(RuleKind.RowFormat, $"{file} line {line.ToString(CultureInfo.InvariantCulture)}", problem);
            }
        }
    }

    private static bool TryParse(CsvReader csv, int line, out AnalysisRow row, out string problem)
    {
        row = default;
        problem = "";
        if (csv.FieldCount != EventRow.Columns.Count)
        {
            problem = $"the row has {csv.FieldCount.ToString(CultureInfo.InvariantCulture)} fields, expected {EventRow.Columns.Count.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }

        if (!csv.TryParse<int>(MachineColumn, out var machine) || !csv.TryParse<long>(TickColumn, out var tick)
            || !csv.TryParse<double>(ElapsedColumn, out var elapsed) || !csv.TryParse<long>(ClockColumn, out var clock)
            || !csv.TryParse<long>(JumpColumn, out var jump) || !csv.TryParse<int>(QueueColumn, out var queue))
        {
            problem = $"a number does not parse: '{Encoding.UTF8.GetString(csv.RawRecord)}'";
            return false;
        }

        if (!TryParseKind(csv.GetSpan(EventColumn), out var kind))
        {
            problem = $"Event is '{csv.GetString(EventColumn)}', expected Receive, Send, SendAll or Internal";
            return false;
        }

        var peers = MachineSet.Empty;
        if (!csv.IsEmpty(PeerColumn) && !MachineSet.TryParse(csv.GetSpan(PeerColumn), out peers))
        {
            problem = $"Peer is '{csv.GetString(PeerColumn)}', expected machine ids joined with ';'";
            return false;
        }

        var message = MessageKey.None;
        if (!csv.IsEmpty(MessageIdColumn) && !MessageKey.TryParse(csv.GetSpan(MessageIdColumn), out message))
        {
            problem = $"MessageId is '{csv.GetString(MessageIdColumn)}', expected <sender>-<sequence>";
            return false;
        }

        long? messageClock = null;
        if (!csv.IsEmpty(MessageClockColumn))
        {
            if (!csv.TryParse<long>(MessageClockColumn, out var carried))
            {
                problem = $"MessageClock is '{csv.GetString(MessageClockColumn)}', expected a whole number";
                return false;
            }

            messageClock = carried;
        }

        row = new AnalysisRow(line, machine, tick, elapsed, kind, clock, jump, queue, peers, message, messageClock);
        return true;
    }

    private static bool TryParseKind(ReadOnlySpan<byte> utf8, out EventKind kind)
    {
        kind = utf8 switch
        {
            _ when utf8.SequenceEqual("Receive"u8) => EventKind.Receive,
            _ when utf8.SequenceEqual("Send"u8) => EventKind.Send,
            _ when utf8.SequenceEqual("SendAll"u8) => EventKind.SendAll,
            _ when utf8.SequenceEqual("Internal"u8) => EventKind.Internal,
            _ => (EventKind)(-1),
        };
        return Enum.IsDefined(kind);
    }
}
