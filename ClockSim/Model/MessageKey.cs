using System.Globalization;
using System.Text.Unicode;

namespace ClockSim.Model;

/// <summary>A parsed <c>MessageId</c> (<c>&lt;sender&gt;-&lt;sequence&gt;</c>), kept as numbers so joining sends to receives allocates no strings.</summary>
internal readonly record struct MessageKey(int Sender, long Sequence)
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

    /// <summary>The most UTF-8 bytes <see cref="TryFormat"/> writes.</summary>
    public const int MaxUtf8Length = 11 + 1 + 20;

    /// <summary><see cref="ToString"/> as UTF-8, byte for byte, without a string.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) =>
        Utf8.TryWrite(utf8Destination, CultureInfo.InvariantCulture, $"{Sender}-{Sequence}", out bytesWritten);
}
