using System.Globalization;
using System.Text;
using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class ClockReadingParseTests
{
    [Fact]
    public void TryParse_ReadingsAsTheyAreWritten_AreTheExactNanoseconds()
    {
        // Whole parts of 1 to 12 digits and 0 to 6 decimals, both signs: the form of every reading in a CSV.
        for (var i = 0; i < 20_000; i++)
        {
            var whole = ((long)i * 7_919_993 % 1_000_000_000_000).ToString("D12", CultureInfo.InvariantCulture)[(11 - (i % 12))..];
            var decimals = i % 7;
            var fraction = decimals == 0 ? "" : "." + ((long)i * 104_729 % 1_000_000).ToString("D6", CultureInfo.InvariantCulture)[..decimals];
            var text = (i % 5 == 0 ? "-" : "") + whole + fraction;

            Assert.True(ClockReading.TryParse(Encoding.UTF8.GetBytes(text), out var nanoseconds), text);
            Assert.Equal((long)(decimal.Parse(text, CultureInfo.InvariantCulture) * 1_000_000m), nanoseconds);
        }
    }

    [Theory]
    [InlineData("1.0000000", 1_000_000L)] // a seventh decimal that is 0 still names whole nanoseconds
    [InlineData("0001537.639", 1_537_639_000L)]
    [InlineData("1234567890123.5", 1_234_567_890_123_500_000L)] // thirteen whole digits
    public void TryParse_OtherWholeNanoseconds_AreRead(string text, long expected)
    {
        Assert.True(ClockReading.TryParse(Encoding.UTF8.GetBytes(text), out var nanoseconds));
        Assert.Equal(expected, nanoseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.0000001")] // a tenth of a nanosecond
    [InlineData("1e3")]
    [InlineData("12a")]
    [InlineData("1.2.3")]
    [InlineData("99999999999999999999")]
    public void TryParse_AnythingElse_IsRefused(string text)
    {
        Assert.False(ClockReading.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }
}
