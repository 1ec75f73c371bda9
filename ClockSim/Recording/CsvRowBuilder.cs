using System.Buffers.Text;
using System.Globalization;

namespace ClockSim.Recording;

/// <summary>
/// One CSV row being written as UTF-8 into a buffer: each cell followed by the separator, the last by the line break
/// (LF, as every file of a run ends its lines). The cells are written as they are; the caller makes sure none needs quotes.
/// </summary>
internal ref struct CsvRowBuilder(Span<byte> row)
{
    private const byte Separator = (byte)',';
    private const byte LineBreak = (byte)'\n';

    private readonly Span<byte> _row = row;

    /// <summary>The bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>
    /// A whole number, as the invariant culture writes it, through the UTF-8 formatter, which has no format or culture to
    /// look up first.
    /// </summary>
    public void Add(long value)
    {
        if (!Utf8Formatter.TryFormat(value, _row[Length..], out var written))
        {
            throw Overflow();
        }

        Length += written;
        _row[Length++] = Separator;
    }

    /// <summary>Any value that formats itself as UTF-8, in the invariant culture.</summary>
    public void Add<T>(T value)
        where T : IUtf8SpanFormattable
    {
        if (!value.TryFormat(_row[Length..], out var written, default, CultureInfo.InvariantCulture))
        {
            throw Overflow();
        }

        Length += written;
        _row[Length++] = Separator;
    }

    /// <summary>The room left in the row, for a cell written in place and ended with <see cref="Commit"/>.</summary>
    public readonly Span<byte> Rest => _row[Length..];

    /// <summary>Ends a cell of <paramref name="written"/> bytes written in <see cref="Rest"/>.</summary>
    public void Commit(int written)
    {
        Length += written;
        _row[Length++] = Separator;
    }

    /// <summary>Text, already UTF-8; empty for an empty cell.</summary>
    public void Add(ReadOnlySpan<byte> text)
    {
        text.CopyTo(_row[Length..]);
        Length += text.Length;
        _row[Length++] = Separator;
    }

    /// <summary>The last cell, a vector clock, and the line break.</summary>
    public void AddLast(VectorClockRowText text, ReadOnlySpan<long> vector)
    {
        Length += text.Write(vector, _row[Length..]);
        _row[Length++] = LineBreak;
    }

    private static InvalidOperationException Overflow() => new("A row outgrew the room its log keeps for one.");
}
