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
                    BeforeMs = ClockReading.ExactMilliseconds(a.BeforeNs),
                    AfterMs = ClockReading.ExactMilliseconds(a.AfterNs),
                    StepMs = ClockReading.ExactMilliseconds(a.AfterNs - a.BeforeNs),
                    RoundTripMs = ClockReading.ExactMilliseconds(a.RoundTripNs),
                });
                csv.EndRecord();
            }
        });
    }

    /// <summary>The rows of a run folder's <c>sync.csv</c>, in file order (the header is line 1, row i line i + 2).</summary>
    /// <exception cref="InvalidDataException">The header lacks a column.</exception>
    public static IReadOnlyList<SyncRow> Read(string runFolder)
    {
        var path = Path.Combine(runFolder, FileName);
        using var csv = CsvReader.Create(File.OpenRead(path), CsvReaderOptions.Default, leaveOpen: false);
        var columns = CsvColumns.Find(csv, nameof(SyncRow.Machine), nameof(SyncRow.ElapsedMs), nameof(SyncRow.BeforeMs),
            nameof(SyncRow.AfterMs), nameof(SyncRow.StepMs), nameof(SyncRow.RoundTripMs));
        var rows = new List<SyncRow>();
        while (csv.Read())
        {
            rows.Add(new SyncRow
            {
                Machine = csv.TryParse<int>(columns[0], out var machine) ? machine : 0,
                ElapsedMs = csv.TryParse<double>(columns[1], out var elapsed) ? elapsed : double.NaN,
                BeforeMs = Exact(csv, columns[2]),
                AfterMs = Exact(csv, columns[3]),
                StepMs = Exact(csv, columns[4]),
                RoundTripMs = Exact(csv, columns[5]),
            });
        }

        return rows;
    }

    /// <summary>A reading or a step as written, or 0 when the cell does not hold one (the figures then show it).</summary>
    private static decimal Exact(CsvReader csv, int column) => csv.TryParse<decimal>(column, out var value) ? value : 0;
}
