using ClockSim.Cli;
using ClockSim.Experiments;

namespace ClockSim.Tests.Cli;

public sealed class SettingLimitsTests
{
    [Fact]
    public void Readme_HoldsTheLimitsTheChecksUse()
    {
        var path = Path.Combine(ReadmeCommandsTests.Repository, "README.md");
        var readme = File.ReadAllText(path);

        var filled = GeneratedSections.Fill(readme, new Dictionary<string, string> { [SettingLimits.BlockName] = SettingLimits.Markdown() }, out var missing);

        Assert.Empty(missing);
        Assert.True(filled == readme, "README.md's limits differ from the checks'; its block should read:\n" + SettingLimits.Markdown());
    }

    [Fact]
    public void RunHelp_ListsEveryLimit()
    {
        using var output = new StringWriter();

        SettingLimits.Write(output);

        Assert.All(SettingLimits.Rows, r => Assert.Contains(r.Allowed, output.ToString().Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
