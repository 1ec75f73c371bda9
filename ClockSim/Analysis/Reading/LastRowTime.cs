using ClockSim.Recording;

namespace ClockSim.Analysis.Reading;

/// <summary>
/// The time of the last row of a machine's CSV that parses, read from the end of the file alone: a machine writes its rows
/// in time order, so this is its latest time, known before the pass that reads every row. The end is read as the pass reads
/// it, behind the file's header, so a row that parses here parses there.
/// </summary>
internal static class LastRowTime
{
    private const int FirstTailBytes = 8 << 10;
    private const int MostTailBytes = 1 << 20;
    private const int MostHeaderBytes = 4 << 10;

    /// <returns>
    /// The last row's time; 0 when no row of the file parses; null when the file cannot be read or the end read holds no
    /// row that parses, where only the whole file would tell.
    /// </returns>
    public static double? Of(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var header = HeaderOf(file);
            for (long tail = FirstTailBytes; tail <= MostTailBytes; tail *= 2)
            {
                var whole = tail >= file.Length;
                var end = Read(file, whole ? 0 : file.Length - tail);
                if (whole)
                {
                    return LastTimeIn(end) ?? 0;
                }

                // The first line read is likely cut, so the rows start after it.
                var rows = end.AsSpan(end.AsSpan().IndexOf((byte)'\n') + 1);
                if (header is not null && rows.Length < end.Length && LastTimeIn([.. header, .. rows]) is { } last)
                {
                    return last;
                }
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The file's first line with its line break, or null when it has none near the start.</summary>
    private static byte[]? HeaderOf(FileStream file)
    {
        var start = Read(file, 0, MostHeaderBytes);
        var end = start.AsSpan().IndexOf((byte)'\n');
        return end < 0 ? null : start[..(end + 1)];
    }

    private static byte[] Read(FileStream file, long from, long most = long.MaxValue)
    {
        file.Position = from;
        var bytes = new byte[Math.Min(file.Length - from, most)];
        file.ReadExactly(bytes);
        return bytes;
    }

    private static double? LastTimeIn(byte[] csv)
    {
        double? last = null;
        foreach (var line in EventCsvReader.Lines(new MemoryStream(csv)))
        {
            if (line.Problem is null)
            {
                last = line.Event.ElapsedMs;
            }
        }

        return last;
    }
}
