using System.Runtime.CompilerServices;
using System.Buffers.Text;
using System.Text;

namespace ClockSim.Recording;

/// <summary>How a vector clock is written in the events CSV: its entries in machine-id order, joined with <c>;</c> (<c>3;0;5</c>).</summary>
internal static class VectorClockText
{
    public const char Separator = ';';

    /// <summary>The entries as text.</summary>
    public static string Format(ReadOnlySpan<long> entries)
    {
        var text = new byte[MaxUtf8Length(entries.Length)];
        TryFormat(entries, text, out var length);
        return Encoding.ASCII.GetString(text, 0, length);
    }

    /// <summary>How many UTF-8 bytes <see cref="TryFormat"/> may need for a vector of <paramref name="machines"/> entries.</summary>
    public static int MaxUtf8Length(int machines) => machines * 21; // 20 characters hold any long; one more for the separator.

    /// <summary>The entries as UTF-8 text, the file's encoding, so a row's vector makes no string.</summary>
    public static bool TryFormat(ReadOnlySpan<long> entries, Span<byte> utf8Destination, out int bytesWritten)
    {
        var length = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0)
            {
                if (length == utf8Destination.Length)
                {
                    bytesWritten = 0;
                    return false;
                }

                utf8Destination[length++] = (byte)Separator;
            }

            if (!Utf8Formatter.TryFormat(entries[i], utf8Destination[length..], out var written))
            {
                bytesWritten = 0;
                return false;
            }

            length += written;
        }

        bytesWritten = length;
        return true;
    }

    /// <summary>Parses UTF-8 <c>3;0;5</c>; false unless every entry is a whole number of 0 or more.</summary>
    // A whole vector per event: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> utf8, out long[] entries)
    {
        entries = new long[utf8.Count((byte)Separator) + 1];
        for (var i = 0; i < entries.Length; i++)
        {
            var end = utf8.IndexOf((byte)Separator);
            var field = end < 0 ? utf8 : utf8[..end];
            if (!Utf8Parser.TryParse(field, out long value, out var consumed) || consumed != field.Length || value < 0)
            {
                entries = [];
                return false;
            }

            entries[i] = value;
            utf8 = utf8[(end + 1)..];
        }

        return true;
    }
}
