using ClockSim.Configuration;

namespace ClockSim.Tests.Configuration;

public sealed class SettingValueTests
{
    private static readonly SettingShape Sample = SettingShape.Of(typeof(SampleOptions));
    private static readonly SettingShape Simulation = SettingShape.Of(typeof(SimulationOptions));

    private static SettingShape Shape(SettingShape section, string name) => section.Find(name)!.Shape;

    [Theory]
    [InlineData("Machines", "3", 3)]
    [InlineData("Machines", " 12 ", 12)]
    [InlineData("DurationSeconds", "1.5", 1.5)]
    [InlineData("DurationSeconds", "1e2", 100.0)]
    [InlineData("OutputDirectory", "", "")]
    public void Text_ConvertsWithTheInvariantCulture(string key, string text, object expected)
    {
        Assert.True(SettingValue.TryParse(text, Shape(Simulation, key), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Machines", "3.0")]
    [InlineData("Machines", "1e3")]
    [InlineData("Machines", "99999999999")]
    [InlineData("Machines", "")]
    [InlineData("DurationSeconds", "1,5")]
    [InlineData("DurationSeconds", "1 000")]
    [InlineData("OutputDirectory", null)]
    public void Text_ThatIsNotAValueOfTheType_IsRefused(string key, string? text) =>
        Assert.False(SettingValue.TryParse(text, Shape(Simulation, key), out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    [InlineData(" Null ")]
    public void Null_IsAValueOfANullableSetting(string? text)
    {
        Assert.True(SettingValue.TryParse(text, Shape(Simulation, "Seed"), out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("virtual", true)]
    [InlineData(" Virtual ", true)]
    [InlineData("1", false)]
    [InlineData("7", false)]
    [InlineData("Sockets,Virtual", false)]
    public void EnumText_IsANameNeverANumber(string text, bool valid) =>
        Assert.Equal(valid, SettingValue.TryParse(text, Shape(Sample, "Mode"), out _));

    [Fact]
    public void Describe_SaysWhatTheSettingTakes()
    {
        Assert.Equal("a whole number", SettingValue.Describe(Shape(Simulation, "Machines")));
        Assert.Equal("a whole number or null", SettingValue.Describe(Shape(Simulation, "Seed")));
        Assert.Equal("a number or null", SettingValue.Describe(Shape(Sample, "Limit")));
        Assert.Equal("one of Sockets, Virtual", SettingValue.Describe(Shape(Sample, "Mode")));
        Assert.Equal("text", SettingValue.Describe(Shape(Simulation, "OutputDirectory")));
    }

    [Fact]
    public void Format_WritesConfigurationText()
    {
        Assert.Equal("0.001", SettingValue.Format(0.001));
        Assert.Equal("null", SettingValue.Format(null));
        Assert.Equal("[1, 6.5, 6]", SettingValue.Format(new[] { 1.0, 6.5, 6.0 }));
        Assert.Equal("Virtual", SettingValue.Format(SampleMode.Virtual));
        Assert.Equal("true", SettingValue.Format(true));
    }
}
