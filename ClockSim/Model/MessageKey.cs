using System.Buffers.Text;
using System.Globalization;

namespace ClockSim.Model;

/// <summary>A parsed <c>MessageId</c> (<c>&lt;sender&gt;-&lt;sequence&gt;</c>), kept as numbers so joining sends to receives allocates no strings.</summary>
internal readonly record struct MessageKey(int Sender, long Sequence) : IUtf8SpanFormattable
{
    /// <summary>The key of a row that carries no message.</summary>
    public static MessageKey None => default;

    public bool IsNone => Sender == 0;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out MessageKey key)
    {
        key = None;
        var dash = utf8.IndexOf((byte)'-');
        if (dash <= 0
            || !int.TryParse(utf8[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var sender)
            || !long.TryParse(utf8[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || sender < 1)
        {
            return false;
        }

        key = new MessageKey(sender, sequence);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sender}-{Sequence}");

    /// <summary><see cref="ToString"/> as UTF-8, byte for byte, without a string; it has no format, and needs no provider.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        bytesWritten = 0;
        if (!Utf8Formatter.TryFormat(Sender, utf8Destination, out var sender) || sender >= utf8Destination.Length)
        {
            return false;
        }

        utf8Destination[sender] = (byte)'-';
        if (!Utf8Formatter.TryFormat(Sequence, utf8Destination[(sender + 1)..], out var sequence))
        {
            return false;
        }

        bytesWritten = sender + 1 + sequence;
        return true;
    }
}
