using System.Buffers.Text;
using System.Globalization;

namespace ClockSim.Recording;

/// <summary>
/// A row's <c>ElapsedMs</c> cell: milliseconds rounded to the microsecond, written as the CSV writer writes the double
/// <c>Math.Round(ms, 3)</c> (the shortest text that reads back the same double), without the general double formatter.
/// Up to a billion milliseconds, far past the longest run, that double is the one nearest k / 1000 for the whole number
/// k it was rounded to, and no shorter text reads back as it, so its text is k / 1000 written out, the trailing zeros of
/// its fraction dropped. Beyond that, and for anything but a non-negative number, the general formatter writes it.
/// </summary>
internal readonly struct ElapsedMsCell(double elapsedMs) : IUtf8SpanFormattable
{
    private const double ExactBelowMs = 1e9;
    private const int MicrosecondsPerMillisecond = 1000;

    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!(elapsedMs >= 0 && elapsedMs < ExactBelowMs) || double.IsNegative(elapsedMs))
        {
            return Math.Round(elapsedMs, 3).TryFormat(utf8Destination, out bytesWritten, default, CultureInfo.InvariantCulture);
        }

        // Math.Round(ms, 3) is Math.Round(ms * 1000) / 1000: the same whole number of microseconds.
        var microseconds = (ulong)Math.Round(elapsedMs * MicrosecondsPerMillisecond);
        if (!Utf8Formatter.TryFormat(microseconds / MicrosecondsPerMillisecond, utf8Destination, out bytesWritten))
        {
            return false;
        }

        var fraction = (int)(microseconds % MicrosecondsPerMillisecond);
        if (fraction == 0)
        {
            return true;
        }

        if (utf8Destination.Length < bytesWritten + 4)
        {
            bytesWritten = 0;
            return false;
        }

        utf8Destination[bytesWritten] = (byte)'.';
        utf8Destination[bytesWritten + 1] = (byte)('0' + (fraction / 100));
        utf8Destination[bytesWritten + 2] = (byte)('0' + (fraction / 10 % 10));
        utf8Destination[bytesWritten + 3] = (byte)('0' + (fraction % 10));
        bytesWritten += 4;
        while (utf8Destination[bytesWritten - 1] == (byte)'0')
        {
            bytesWritten--;
        }

        return true;
    }

    public override string ToString() => Math.Round(elapsedMs, 3).ToString(CultureInfo.InvariantCulture);
}
