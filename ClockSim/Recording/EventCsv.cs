using CsvHelper;

namespace ClockSim.Recording;

/// <summary>Reads a machine's CSV back, row by row, without holding the file in memory.</summary>
internal static class EventCsv
{
    public static IEnumerable<EventRow> Read(string path)
    {
        using var reader = CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default, leaveOpen: false);
        foreach (var row in reader.GetRecords<EventRow>())
        {
            yield return row;
        }
    }
}
