using ClockSim.Model;

namespace ClockSim.Recording;

/// <summary>
/// A row's <c>PhysicalMs</c> cell as the CSV writer takes a number: a reading in nanoseconds that formats itself as UTF-8
/// the way <see cref="ClockReading"/> writes it, straight into the writer's buffer, without a decimal.
/// </summary>
internal readonly struct ClockReadingCell(long nanoseconds) : IUtf8SpanFormattable
{
    /// <summary>The reading in milliseconds, to the nanosecond; a reading has no format, and needs no provider.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ClockReading.TryFormat(nanoseconds, utf8Destination, out bytesWritten);

    public override string ToString() => ClockReading.Format(nanoseconds);
}
