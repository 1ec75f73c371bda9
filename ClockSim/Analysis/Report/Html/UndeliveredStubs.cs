using System.Text.Json;
using ClockSim.Analysis.Reading;
using ClockSim.Recording;
using CsvHelper;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The messages of <c>undelivered.csv</c>, which the page draws as stubs from their sends: four numbers each (the message
/// id's sender and sequence, the recipient, the index of the reason among <c>reasons</c>). A folder without the file
/// (written before there was one) has none; a row that does not parse is left out, as the page can draw nothing for it,
/// and so is the rest of a file that cannot be read past some point.
/// </summary>
internal static class UndeliveredStubs
{
    public static void Write(Utf8JsonWriter json, string folder)
    {
        var reasons = new List<string>();
        json.WriteStartObject("undelivered");
        json.WriteStartArray("stubs");
        var path = Path.Combine(folder, UndeliveredCsv.FileName);
        if (File.Exists(path))
        {
            WriteStubs(json, path, reasons);
        }

        json.WriteEndArray();
        ReportData.Strings(json, "reasons", reasons);
        json.WriteEndObject();
    }

    private static void WriteStubs(Utf8JsonWriter json, string path, List<string> reasons)
    {
        using var csv = CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default, leaveOpen: false);
        var (id, to, reason) = (-1, -1, -1);
        try
        {
            while (csv.Read())
            {
                if (id < 0)
                {
                    (id, to, reason) = (Column(csv, nameof(UndeliveredRow.MessageId)), Column(csv, nameof(UndeliveredRow.To)), Column(csv, nameof(UndeliveredRow.Reason)));
                }

                if (Math.Min(id, Math.Min(to, reason)) >= 0 && csv.FieldCount == csv.Headers.Count
                    && MessageKey.TryParse(csv.GetSpan(id), out var message) && csv.TryParse<int>(to, out var recipient))
                {
                    var text = csv.GetString(reason);
                    if (!reasons.Contains(text))
                    {
                        reasons.Add(text);
                    }

                    json.WriteNumberValue(message.Sender);
                    json.WriteNumberValue(message.Sequence);
                    json.WriteNumberValue(recipient);
                    json.WriteNumberValue(reasons.IndexOf(text));
                }
            }
        }
        catch (CsvFormatException)
        {
            // A damaged file costs the page only the stubs after the damage; the diagram is still worth drawing.
        }
    }

    private static int Column(CsvReader csv, string name) => csv.Headers.ToList().IndexOf(name);
}
