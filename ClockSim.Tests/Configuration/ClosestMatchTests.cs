using ClockSim.Configuration;

namespace ClockSim.Tests.Configuration;

public sealed class ClosestMatchTests
{
    [Theory]
    [InlineData("DurationSecond", "DurationSeconds")]
    [InlineData("Duration", "DurationSeconds")]
    [InlineData("durationseconds", "DurationSeconds")]
    [InlineData("Machine", "Machines")]
    [InlineData("MaxTickrate", "MaxTickRate")]
    [InlineData("TickRate", "TickRates")]
    [InlineData("Mahcines", "Machines")]
    public void CloseName_FindsTheSetting(string typed, string expected) =>
        Assert.Equal(expected, ClosestMatch.Find(typed, ["DurationSeconds", "Machines", "MinTickRate", "MaxTickRate", "TickRates", "Seed"]));

    [Theory]
    [InlineData("--paralel", "--parallel")]
    [InlineData("--report", "--report-only")]
    [InlineData("--dryrun", "--dry-run")]
    public void Option_ComparesWithoutItsDashes(string typed, string expected) =>
        Assert.Equal(expected, ClosestMatch.Find(typed, ["--parallel", "--report-only", "--dry-run", "--help"]));

    [Theory]
    [InlineData("verbose")]
    [InlineData("xyz")]
    [InlineData("")]
    [InlineData("--")]
    public void NothingClose_FindsNothing(string typed) =>
        Assert.Null(ClosestMatch.Find(typed, ["version", "run", "analyze", "bench", "experiments"]));

    [Fact]
    public void Verb_OneLetterOff_IsFound() => Assert.Equal("analyze", ClosestMatch.Find("analyse", ["run", "analyze", "bench", "experiments"]));
}
