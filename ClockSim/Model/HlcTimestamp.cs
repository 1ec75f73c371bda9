using System.Buffers.Text;
using System.Globalization;

namespace ClockSim.Model;

/// <summary>
/// A hybrid logical clock's value: <see cref="L"/>, the largest physical reading the event has heard of, in nanoseconds,
/// and <see cref="C"/>, a counter that orders events sharing that <see cref="L"/>. Values compare as (l, c) pairs.
/// Written <c>l:c</c>, l in milliseconds (<c>1250.004:2</c>).
/// </summary>
internal readonly record struct HlcTimestamp(long L, long C) : IComparable<HlcTimestamp>, IUtf8SpanFormattable
{
    public const char Separator = ':';

    /// <summary>A machine's value before its first event: below every reading, so its first event takes its own reading.</summary>
    public static HlcTimestamp BeforeFirstEvent { get; } = new(long.MinValue, 0);

    public int CompareTo(HlcTimestamp other) => L != other.L ? L.CompareTo(other.L) : C.CompareTo(other.C);

    public static bool operator <(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) < 0;

    public static bool operator >(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) > 0;

    public static bool operator <=(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) <= 0;

    public static bool operator >=(HlcTimestamp a, HlcTimestamp b) => a.CompareTo(b) >= 0;

    public override string ToString() => ClockReading.Format(L) + Separator + C.ToString(CultureInfo.InvariantCulture);

    /// <summary><see cref="ToString"/> as UTF-8, byte for byte, without a string; it has no format, and needs no provider.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        bytesWritten = 0;
        if (!ClockReading.TryFormat(L, utf8Destination, out var l) || l >= utf8Destination.Length)
        {
            return false;
        }

        utf8Destination[l] = (byte)Separator;
        if (!Utf8Formatter.TryFormat(C, utf8Destination[(l + 1)..], out var c))
        {
            return false;
        }

        bytesWritten = l + 1 + c;
        return true;
    }

    /// <summary>Parses UTF-8 <c>l:c</c>: l milliseconds to the nanosecond, c a whole number of 0 or more.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out HlcTimestamp value)
    {
        value = default;
        var colon = utf8.IndexOf((byte)Separator);
        if (colon < 0 || !ClockReading.TryParse(utf8[..colon], out var l))
        {
            return false;
        }

        var counter = utf8[(colon + 1)..];
        if (!Utf8Parser.TryParse(counter, out long c, out var consumed) || consumed != counter.Length || c < 0)
        {
            return false;
        }

        value = new HlcTimestamp(l, c);
        return true;
    }
}
