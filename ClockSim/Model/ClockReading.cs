using System.Buffers.Text;
using System.Globalization;

namespace ClockSim.Model;

/// <summary>
/// How a physical clock's reading and a hybrid logical clock's <c>l</c> are kept and written: in whole nanoseconds
/// inside the program, in milliseconds in the files (<c>PhysicalMs</c>, the <c>l</c> of <c>Hlc</c>), to the nanosecond.
/// </summary>
internal static class ClockReading
{
    public const double NanosecondsPerMillisecond = 1e6;

    private const ulong NanosecondsPerMillisecondWhole = 1_000_000;

    /// <summary>The latest time in milliseconds that whole nanoseconds in 64 bits hold: every time in the files is at most this.</summary>
    public const double MaxMilliseconds = long.MaxValue / NanosecondsPerMillisecond;

    /// <summary><paramref name="milliseconds"/> in whole nanoseconds, to the nearest.</summary>
    public static long Nanoseconds(double milliseconds) => (long)Math.Round(milliseconds * NanosecondsPerMillisecond);

    /// <summary><paramref name="nanoseconds"/> in milliseconds, the double nearest the exact decimal, for figures.</summary>
    public static double Milliseconds(long nanoseconds) => Math.Round(nanoseconds / NanosecondsPerMillisecond, 6);

    /// <summary><paramref name="nanoseconds"/> in milliseconds exactly, as the files write them: <c>336.314</c>, <c>-12.5</c>, <c>0.000001</c>, never with an exponent.</summary>
    public static decimal ExactMilliseconds(long nanoseconds) => nanoseconds / 1_000_000m;

    /// <summary>Milliseconds as the files write them: <c>336.314</c>, <c>-12.5</c>.</summary>
    public static string Format(long nanoseconds) => ExactMilliseconds(nanoseconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="Format"/> as UTF-8, byte for byte, without making a decimal: the whole milliseconds, then, unless they are
    /// whole, a point and the nanoseconds' digits without trailing zeros, which is how the exact decimal quotient prints.
    /// </summary>
    public static bool TryFormat(long nanoseconds, Span<byte> utf8Destination, out int bytesWritten)
    {
        bytesWritten = 0;
        var magnitude = nanoseconds < 0 ? (ulong)-(nanoseconds + 1) + 1 : (ulong)nanoseconds;
        var length = 0;
        if (nanoseconds < 0)
        {
            if (utf8Destination.IsEmpty)
            {
                return false;
            }

            utf8Destination[length++] = (byte)'-';
        }

        if (!Utf8Formatter.TryFormat(magnitude / NanosecondsPerMillisecondWhole, utf8Destination[length..], out var whole))
        {
            return false;
        }

        length += whole;
        var fraction = (uint)(magnitude % NanosecondsPerMillisecondWhole);
        if (fraction != 0)
        {
            var digits = 6;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            if (utf8Destination.Length < length + 1 + digits)
            {
                return false;
            }

            utf8Destination[length] = (byte)'.';
            for (var i = digits; i > 0; i--)
            {
                utf8Destination[length + i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            length += 1 + digits;
        }

        bytesWritten = length;
        return true;
    }

    /// <summary>Parses UTF-8 milliseconds written to the nanosecond at most, without an exponent; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out long nanoseconds)
    {
        if (TryParsePlain(utf8, out nanoseconds))
        {
            return true;
        }

        nanoseconds = 0;
        if (!Utf8Parser.TryParse(utf8, out decimal milliseconds, out var consumed, 'F') || consumed != utf8.Length)
        {
            return false;
        }

        var scaled = milliseconds * (decimal)NanosecondsPerMillisecond;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
        {
            return false;
        }

        nanoseconds = (long)scaled;
        return true;
    }

    /// <summary>
    /// The form every reading is written in, <c>1537.639</c> or <c>-2.5</c>: an optional minus, up to 12 whole digits and up
    /// to 6 decimals, read in whole numbers; anything else (a plus sign, an exponent-less long form, more decimals) is left
    /// to the general parse, which gives the same value for this form.
    /// </summary>
    private static bool TryParsePlain(ReadOnlySpan<byte> utf8, out long nanoseconds)
    {
        nanoseconds = 0;
        var negative = utf8.Length > 0 && utf8[0] == (byte)'-';
        var digits = negative ? utf8[1..] : utf8;
        var dot = digits.IndexOf((byte)'.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? [] : digits[(dot + 1)..];
        if (whole.Length is 0 or > 12 || (dot >= 0 && fraction.Length is 0 or > 6) || !AllDigits(whole) || !AllDigits(fraction))
        {
            return false;
        }

        long value = 0;
        foreach (var digit in whole)
        {
            value = (value * 10) + (digit - '0');
        }

        var scale = (long)NanosecondsPerMillisecond;
        foreach (var digit in fraction)
        {
            scale /= 10;
            value = (value * 10) + (digit - '0');
        }

        nanoseconds = (negative ? -value : value) * scale;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<byte> utf8) => !utf8.ContainsAnyExceptInRange((byte)'0', (byte)'9');
}
