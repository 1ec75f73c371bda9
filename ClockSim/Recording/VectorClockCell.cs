namespace ClockSim.Recording;

/// <summary>
/// A row's <c>VectorClock</c> cell as the CSV writer takes a number: a value that formats itself as UTF-8, which the
/// writer asks to write straight into its own buffer, so the widest cell of a row is neither made as a string nor copied.
/// </summary>
internal readonly struct VectorClockCell(ReadOnlyMemory<long> entries) : IUtf8SpanFormattable
{
    /// <summary>The entries as <see cref="VectorClockText"/> writes them; a vector has no format, and needs no provider.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        VectorClockText.TryFormat(entries.Span, utf8Destination, out bytesWritten);

    public override string ToString() => VectorClockText.Format(entries.Span);
}
