using System.Globalization;
using ClockSim.Recording;

namespace ClockSim.Tests.Recording;

public sealed class SystemTimeTextTests
{
    [Fact]
    public void Of_AnyInstantInTimeOrder_IsWhatTheCustomFormatGives_MillisecondsCut()
    {
        var text = new SystemTimeText();
        var random = new Random(7);
        var instant = new DateTime(1999, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        for (var i = 0; i < 20_000; i++)
        {
            instant = instant.AddTicks(random.NextInt64(0, 3 * TimeSpan.TicksPerSecond / 2));

            Assert.Equal(instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), text.Of(instant));
        }
    }

    [Fact]
    public void Of_AnEarlierSecondAfterALaterOne_IsFormattedAfresh()
    {
        var text = new SystemTimeText();
        var later = new DateTime(2026, 11, 26, 12, 0, 5, 999, DateTimeKind.Utc);

        text.Of(later);

        Assert.Equal("2026-11-26T12:00:04.001Z", text.Of(later.AddSeconds(-1).AddMilliseconds(-998)));
    }
}
