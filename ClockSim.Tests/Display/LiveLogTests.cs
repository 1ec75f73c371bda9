using ClockSim.Display;

namespace ClockSim.Tests.Display;

public sealed class LiveLogTests
{
    [Fact]
    public void Write_NotHolding_GoesStraightToStderr()
    {
        var error = new StringWriter();

        new LiveLog(error).Write("warn: one");

        Assert.Equal("warn: one" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Write_WhileHolding_IsShownRecentFirstThenReleasedInOrder()
    {
        var error = new StringWriter();
        var log = new LiveLog(error);
        log.Hold();

        foreach (var line in new[] { "a", "b", "c" })
        {
            log.Write(line);
        }

        Assert.Empty(error.ToString());
        Assert.Equal(["b", "c"], log.Recent(2));

        log.Release();
        log.Write("d");

        Assert.Equal(string.Join(Environment.NewLine, "a", "b", "c", "d") + Environment.NewLine, error.ToString());
        Assert.Empty(log.Recent(5));
    }
}
