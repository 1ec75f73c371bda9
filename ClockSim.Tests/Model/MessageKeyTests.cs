using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class MessageKeyTests
{
    [Fact]
    public void TryParse_SenderAndSequence_RoundTrips()
    {
        Assert.True(MessageKey.TryParse("12-3456"u8, out var key));

        Assert.Equal(new MessageKey(12, 3456), key);
        Assert.Equal("12-3456", key.ToString());
    }

    [Theory]
    [InlineData("12")]
    [InlineData("-3")]
    [InlineData("0-3")]
    [InlineData("a-3")]
    [InlineData("1-")]
    public void TryParse_Malformed_Fails(string text) =>
        Assert.False(MessageKey.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out _));
}
