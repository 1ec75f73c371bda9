using System.Globalization;
using System.Text;

namespace ClockSim.Recording;

/// <summary>
/// How the events CSV writes <c>SystemTime</c>: UTC to the millisecond, <c>2026-11-25T12:00:00.123Z</c>. A log writes
/// many rows a second, so the text up to the second is kept until the second changes and only the milliseconds are
/// made per row, as UTF-8, the file's encoding, in the row itself. One instance per log, used from one thread.
/// </summary>
internal sealed class SystemTimeText
{
    /// <summary>The bytes of an instant's text: <c>2026-11-25T12:00:00.123Z</c>.</summary>
    public const int Length = PrefixLength + 4;

    private const int PrefixLength = 20; // yyyy-MM-ddTHH:mm:ss.

    /// <summary>The text up to the second, of the second of the last instant written.</summary>
    private readonly byte[] _prefix = new byte[PrefixLength];
    private long _second = -1;

    /// <summary>The UTC instant <paramref name="utc"/> as the CSV writes it, the milliseconds cut, not rounded.</summary>
    public string Of(DateTime utc)
    {
        var text = new byte[Length];
        Write(utc, text);
        return Encoding.ASCII.GetString(text);
    }

    /// <summary><see cref="Of"/> as UTF-8, at the start of <paramref name="utf8Destination"/>, which holds <see cref="Length"/> bytes at least.</summary>
    /// <returns><see cref="Length"/>: the bytes written.</returns>
    public int Write(DateTime utc, Span<byte> utf8Destination)
    {
        var second = utc.Ticks / TimeSpan.TicksPerSecond;
        if (second != _second)
        {
            utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond))
                .TryFormat(_prefix, out _, "yyyy-MM-dd'T'HH:mm:ss'.'", CultureInfo.InvariantCulture);
            _second = second;
        }

        var text = utf8Destination[..Length];
        _prefix.AsSpan(0, PrefixLength).CopyTo(text);
        var milliseconds = (int)(utc.Ticks % TimeSpan.TicksPerSecond / TimeSpan.TicksPerMillisecond);
        text[PrefixLength] = (byte)('0' + (milliseconds / 100));
        text[PrefixLength + 1] = (byte)('0' + (milliseconds / 10 % 10));
        text[PrefixLength + 2] = (byte)('0' + (milliseconds % 10));
        text[PrefixLength + 3] = (byte)'Z';
        return Length;
    }
}
