using ClockSim.Cli;

namespace ClockSim.Tests.Cli;

public sealed class CommandLineTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "clocksim-missing-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_AnalyzeOfAMissingFolder_ExitsTwo() =>
        Assert.Equal(ExitCodes.BadConfiguration, await CommandLine.RunAsync(["analyze", Missing]));

    [Fact]
    public async Task RunAsync_AnalyzeOfTwoFolders_ExitsTwo() =>
        Assert.Equal(ExitCodes.BadConfiguration, await CommandLine.RunAsync(["analyze", Missing, Missing]));
}
