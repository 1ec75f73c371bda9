using System.Text;
using System.Text.Json;
using ClockSim.Model;
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
        try
        {
            foreach (var (_, row) in UndeliveredCsv.Read(path))
            {
                if (row.To > 0 && MessageKey.TryParse(Encoding.UTF8.GetBytes(row.MessageId), out var message))
                {
                    if (!reasons.Contains(row.Reason))
                    {
                        reasons.Add(row.Reason);
                    }

                    json.WriteNumberValue(message.Sender);
                    json.WriteNumberValue(message.Sequence);
                    json.WriteNumberValue(row.To);
                    json.WriteNumberValue(reasons.IndexOf(row.Reason));
                }
            }
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException)
        {
            // A damaged file costs the page only the stubs after the damage; the diagram is still worth drawing.
        }
    }
}
