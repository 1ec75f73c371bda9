using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// The columns a reader takes from a CSV of a run folder, found by name in its header once: a file whose header lacks one
/// (edited by hand, or cut short) is refused with a sentence that names the column.
/// </summary>
internal static class CsvColumns
{
    /// <returns>The index of each of <paramref name="columns"/>, in their order.</returns>
    /// <exception cref="InvalidDataException">The header lacks one of <paramref name="columns"/>.</exception>
    public static int[] Find(CsvReader csv, params string[] columns)
    {
        string[] headers = [.. csv.Headers];
        return [.. columns.Select(column => Array.IndexOf(headers, column) is >= 0 and var index ? index
            : throw new InvalidDataException($"the header has no {column} column (it is '{string.Join(',', headers)}')"))];
    }
}
