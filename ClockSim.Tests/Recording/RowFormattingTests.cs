using System.Globalization;
using System.Text;
using ClockSim.Model;
using ClockSim.Recording;
using CsvHelper;

namespace ClockSim.Tests.Recording;

/// <summary>The cells a log writes without the general formatters, against the text those formatters (and the CSV writer) give.</summary>
public sealed class RowFormattingTests
{
    private static string Utf8<T>(T value)
        where T : IUtf8SpanFormattable
    {
        var text = new byte[64];
        Assert.True(value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture));
        return Encoding.ASCII.GetString(text, 0, written);
    }

    /// <summary>What the CSV writer writes for <paramref name="value"/>, as it writes an <see cref="EventRow"/>'s numbers.</summary>
    private static string AsTheCsvWriterWrites<T>(T value)
        where T : IUtf8SpanFormattable
    {
        var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteField(value);
            csv.EndRecord();
        }

        return text.ToString().TrimEnd('\r', '\n');
    }

    private static IEnumerable<long> Nanoseconds()
    {
        long[] edges = [0, 1, -1, 999_999, -999_999, 1_000_000, -1_000_000, 1_000_001, 250_000_000, 336_314_000, -12_500_000, long.MaxValue, long.MinValue, long.MinValue + 1];
        var random = new Random(17);
        return edges.Concat(Enumerable.Range(0, 100_000).Select(i => random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(0, 63)));
    }

    [Fact]
    public void ClockReading_TryFormat_IsFormatByteForByte()
    {
        var text = new byte[32];
        foreach (var nanoseconds in Nanoseconds())
        {
            Assert.True(ClockReading.TryFormat(nanoseconds, text, out var written));
            Assert.Equal(ClockReading.Format(nanoseconds), Encoding.ASCII.GetString(text, 0, written));
        }
    }

    [Fact]
    public void ClockReading_TryFormat_TooSmallADestination_Fails()
    {
        Assert.False(ClockReading.TryFormat(-336_314_000, new byte[7], out _));
        Assert.True(ClockReading.TryFormat(-336_314_000, new byte[8], out var written));
        Assert.Equal(8, written);
    }

    [Fact]
    public void HlcAndMessageKey_TryFormat_AreToStringByteForByte()
    {
        foreach (var nanoseconds in Nanoseconds().Take(2_000))
        {
            var hlc = new HlcTimestamp(nanoseconds, nanoseconds & 0xFFFF);
            Assert.Equal(hlc.ToString(), Utf8(hlc));
        }

        Assert.Equal("12-3456", Utf8(new MessageKey(12, 3456)));
        Assert.Equal(new MessageKey(int.MaxValue, long.MaxValue).ToString(), Utf8(new MessageKey(int.MaxValue, long.MaxValue)));
    }

    [Fact]
    public void ElapsedMsCell_IsWhatTheCsvWriterWritesForTheRoundedDouble()
    {
        var random = new Random(23);
        double[] edges = [0, -0.0, 0.0004, 0.0005, 0.001, 0.1 + 0.2, 999.9995, 86_400_000, 999_999_999.9996, 1e9, 1e12, 1e16, -1.5];
        var values = edges
            .Concat(Enumerable.Range(0, 50_000).Select(_ => random.NextDouble() * 86_400_000))
            .Concat(Enumerable.Range(0, 50_000).Select(_ => random.NextInt64(0, 600_000_000_000) / 1e6))
            .Concat(Enumerable.Range(0, 20_000).Select(i => i / 1e3));
        foreach (var value in values)
        {
            Assert.Equal(AsTheCsvWriterWrites(Math.Round(value, 3)), Utf8(new ElapsedMsCell(value)));
        }
    }

    [Fact]
    public void VectorClockRowText_RowAfterRow_IsTheVectorsText()
    {
        var random = new Random(29);
        var rowText = new VectorClockRowText(5);
        var vector = new long[5];
        var row = new byte[VectorClockText.MaxUtf8Length(5) + 8];
        for (var i = 0; i < 5_000; i++)
        {
            // Mostly small steps of a few entries, now and then one past eight digits or back below.
            var entry = random.Next(5);
            vector[entry] = random.Next(50) == 0 ? random.NextInt64(0, 1_000_000_000_000) : vector[entry] + random.Next(0, 3);
            var written = rowText.Write(vector, row);

            Assert.Equal(VectorClockText.Format(vector), Encoding.ASCII.GetString(row, 0, written));
        }
    }
}
