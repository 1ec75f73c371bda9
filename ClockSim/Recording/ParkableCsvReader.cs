using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// A CsvHelper reader over a seekable stream that can be closed between two rows and opened again at the next one,
/// keeping its place (the stream's offset and the rows before), so that a <see cref="CsvReaderBudget"/> can bound how
/// many are open. Without a budget it is a plain reader, open from first use to disposal.
/// </summary>
internal sealed class ParkableCsvReader(Stream stream, CsvReaderOptions options, CsvReaderBudget? budget) : IDisposable
{
    private CsvReaderOptions? _reopen;
    private CsvReader? _csv;
    private long _offset;
    private long _rowsBefore;
    private bool _started;
    private bool _done;

    /// <summary>When the file is next needed: the time of the last row taken from it.</summary>
    public double NextNeededMs { get; private set; } = double.NegativeInfinity;

    /// <summary>The reader, opened again where it was parked when it was.</summary>
    public CsvReader Reader => _csv ?? Open();

    /// <summary>The data rows read so far, the current one included.</summary>
    public long RowNumber => _rowsBefore + (_csv?.RowNumber ?? 0);

    /// <summary>
    /// Notes that the current row was taken and the reader moved on to the next, or to the end (<paramref name="more"/>
    /// false: there is nothing to open it again for).
    /// </summary>
    public void Taken(double timeMs, bool more)
    {
        NextNeededMs = timeMs;
        _done = !more;
    }

    /// <summary>Closes the reader at its current row, which it reads again when it is opened.</summary>
    public void Park()
    {
        if (_csv is null)
        {
            return;
        }

        if (!_done)
        {
            _offset += _csv.ByteOffset;
            _rowsBefore += _csv.RowNumber - 1;
        }

        _csv.Dispose();
        _csv = null;
    }

    public void Dispose()
    {
        budget?.Closed(this);
        _csv?.Dispose();
        stream.Dispose();
    }

    private CsvReader Open()
    {
        ObjectDisposedException.ThrowIf(_done && _started, this);
        budget?.Opening(this);
        if (_started)
        {
            stream.Position = _offset;
        }

        // Opened again, it starts at the row it was parked on, which it read once already: the header was read the first time.
        _csv = CsvReader.Create(stream, _started ? _reopen ??= options with { HasHeader = false } : options, leaveOpen: true);
        if (_started)
        {
            _csv.Read();
        }

        _started = true;
        return _csv;
    }
}
