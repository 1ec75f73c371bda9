namespace ClockSim.Recording;

/// <summary>
/// How many CSV readers may be open at once when many files are read side by side (the analysis merges every machine's
/// file by time). Each open reader holds CsvHelper's row index, about 200 kB whatever the file's size, so a thousand
/// machines' files would take about 200 MB; above the budget, the reader whose file is needed last is parked (closed at
/// the start of its next row, opened there again when asked for). In a merge by time that is the one whose last row is
/// latest: Belady's choice, which for machines ticking in turn parks the reader just read.
/// </summary>
/// <param name="most">The most readers open at once.</param>
internal sealed class CsvReaderBudget(int most)
{
    private readonly List<ParkableCsvReader> _open = [];

    /// <summary>Makes room for <paramref name="reader"/>, parking another when the budget is spent.</summary>
    public void Opening(ParkableCsvReader reader)
    {
        if (_open.Count >= most)
        {
            var latest = 0;
            for (var i = 1; i < _open.Count; i++)
            {
                latest = _open[i].NextNeededMs > _open[latest].NextNeededMs ? i : latest;
            }

            _open[latest].Park();
            _open.RemoveAt(latest);
        }

        _open.Add(reader);
    }

    public void Closed(ParkableCsvReader reader) => _open.Remove(reader);
}
