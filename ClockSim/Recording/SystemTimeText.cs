using System.Globalization;
using System.Text;

namespace ClockSim.Recording;

/// <summary>
/// How the events CSV writes <c>SystemTime</c>: UTC to the millisecond, <c>2026-11-25T12:00:00.123Z</c>. A log writes
/// many rows a second, so the text up to the second is kept until the second changes and only the milliseconds are
/// written per row, as UTF-8, the file's encoding, so nothing is made per row. One instance per log, used from one thread.
/// </summary>
internal sealed class SystemTimeText
{
    private const int PrefixLength = 20; // yyyy-MM-ddTHH:mm:ss.

    private readonly byte[] _text = new byte[PrefixLength + 4];
    private long _second = -1;

    /// <summary>The UTC instant <paramref name="utc"/> as the CSV writes it, the milliseconds cut, not rounded.</summary>
    public string Of(DateTime utc) => Encoding.ASCII.GetString(Utf8Of(utc));

    /// <summary>
    /// <see cref="Of"/> as UTF-8, in this instance's buffer: valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> Utf8Of(DateTime utc)
    {
        var second = utc.Ticks / TimeSpan.TicksPerSecond;
        if (second != _second)
        {
            utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond))
                .TryFormat(_text, out _, "yyyy-MM-dd'T'HH:mm:ss'.'", CultureInfo.InvariantCulture);
            _second = second;
        }

        var milliseconds = (int)(utc.Ticks % TimeSpan.TicksPerSecond / TimeSpan.TicksPerMillisecond);
        _text[PrefixLength] = (byte)('0' + (milliseconds / 100));
        _text[PrefixLength + 1] = (byte)('0' + (milliseconds / 10 % 10));
        _text[PrefixLength + 2] = (byte)('0' + (milliseconds % 10));
        _text[PrefixLength + 3] = (byte)'Z';
        return _text;
    }
}
