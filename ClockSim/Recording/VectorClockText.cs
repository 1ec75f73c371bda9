using System.Buffers.Text;
using System.Globalization;

namespace ClockSim.Recording;

/// <summary>How a vector clock is written in the events CSV: its entries in machine-id order, joined with <c>;</c> (<c>3;0;5</c>).</summary>
internal static class VectorClockText
{
    public const char Separator = ';';

    /// <summary>The entries as text.</summary>
    public static string Format(ReadOnlySpan<long> entries) => Format(entries, new char[ScratchLength(entries.Length)]);

    /// <summary>How many characters <see cref="Format(ReadOnlySpan{long}, Span{char})"/> may need for a vector of <paramref name="machines"/> entries.</summary>
    public static int ScratchLength(int machines) => machines * 21; // 20 characters hold any long; one more for the separator.

    /// <summary>The entries as text, formatted in <paramref name="scratch"/>: one allocation per row, the string itself.</summary>
    public static string Format(ReadOnlySpan<long> entries, Span<char> scratch)
    {
        var buffer = scratch;
        var length = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0)
            {
                buffer[length++] = Separator;
            }

            entries[i].TryFormat(buffer[length..], out var written, provider: CultureInfo.InvariantCulture);
            length += written;
        }

        return new string(buffer[..length]);
    }

    /// <summary>Parses UTF-8 <c>3;0;5</c>; false unless every entry is a whole number of 0 or more.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out long[] entries)
    {
        entries = new long[utf8.Count((byte)Separator) + 1];
        var i = 0;
        foreach (var range in utf8.Split((byte)Separator))
        {
            var field = utf8[range];
            if (!Utf8Parser.TryParse(field, out long value, out var consumed) || consumed != field.Length || value < 0)
            {
                entries = [];
                return false;
            }

            entries[i++] = value;
        }

        return true;
    }
}
