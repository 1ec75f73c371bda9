using ClockSim.Clocks;
using ClockSim.Model;
using CsvHelper;

namespace ClockSim.Recording;

/// <summary><c>sync.csv</c>: every correction of a physical clock, in the order they were made; written only by a run with synchronisation.</summary>
internal static class SyncCsv
{
    public const string FileName = "sync.csv";

    /// <summary>The generated writer, used directly, as the events logs use theirs.</summary>
    private static readonly CsvRecordWriter<SyncRow> Rows = CsvRecordWriter.Create<SyncRow>();

    public static void Write(string runFolder, IEnumerable<SyncAdjustment> adjustments)
    {
        AtomicFile.Write(Path.Combine(runFolder, FileName), stream =>
        {
            using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            Rows.WriteHeader(csv);
            csv.EndRecord();
            foreach (var a in adjustments)
            {
                Rows.Write(csv, new SyncRow
                {
                    Machine = a.Machine,
                    ElapsedMs = Math.Round(ClockReading.Milliseconds(a.TrueNs), 3),
                    BeforeMs = ClockReading.Milliseconds(a.BeforeNs),
                    AfterMs = ClockReading.Milliseconds(a.AfterNs),
                    StepMs = ClockReading.Milliseconds(a.AfterNs - a.BeforeNs),
                    RoundTripMs = ClockReading.Milliseconds(a.RoundTripNs),
                });
                csv.EndRecord();
            }
        });
    }

    /// <summary>The rows of a run folder's <c>sync.csv</c>, or none when it has none (a run without synchronisation).</summary>
    public static IReadOnlyList<SyncRow> Read(string runFolder)
    {
        var path = Path.Combine(runFolder, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        using var csv = CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default, leaveOpen: false);
        var rows = new List<SyncRow>();
        while (csv.Read())
        {
            rows.Add(new SyncRow
            {
                Machine = csv.TryParse<int>(csv.GetFieldIndex(nameof(SyncRow.Machine)), out var machine) ? machine : 0,
                ElapsedMs = Number(csv, nameof(SyncRow.ElapsedMs)),
                BeforeMs = Number(csv, nameof(SyncRow.BeforeMs)),
                AfterMs = Number(csv, nameof(SyncRow.AfterMs)),
                StepMs = Number(csv, nameof(SyncRow.StepMs)),
                RoundTripMs = Number(csv, nameof(SyncRow.RoundTripMs)),
            });
        }

        return rows;
    }

    private static double Number(CsvReader csv, string column) => csv.TryParse<double>(csv.GetFieldIndex(column), out var value) ? value : double.NaN;
}
