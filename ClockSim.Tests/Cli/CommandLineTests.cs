using ClockSim.Cli;
using ClockSim.Configuration;
using ClockSim.Application;

namespace ClockSim.Tests.Cli;

public sealed class CommandLineTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "clocksim-missing-" + Guid.NewGuid().ToString("N"));

    private static string? Mistake(params string[] args) => CommandLine.Parse(args, Path.GetTempPath()).Mistake;

    [Fact]
    public async Task RunAsync_AnalyzeOfAMissingFolder_ExitsTwo() =>
        Assert.Equal(ExitCodes.BadConfiguration, await CommandLine.RunAsync(["analyze", Missing]));

    [Fact]
    public async Task RunAsync_AnalyzeOfTwoFolders_ExitsTwo() =>
        Assert.Equal(ExitCodes.BadConfiguration, await CommandLine.RunAsync(["analyze", Missing, Missing]));

    [Theory]
    [InlineData("")]
    [InlineData("--config x.json --Simulation:Seed 4")]
    [InlineData("run --help --bogus")]
    [InlineData("--version")]
    public void CommandLinesBeyondTheReadmes_HaveNoMistake(string line) => Assert.Null(Mistake(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void CommandLineStartingWithAnOption_RunsTheRunVerb() =>
        Assert.Equal("run", CommandLine.Parse(["--dry-run"], Path.GetTempPath()).Result.CommandResult.Command.Name);

    [Theory]
    [InlineData("analyse", "unknown command 'analyse'; did you mean analyze?")]
    [InlineData("frobnicate", "unknown command 'frobnicate'; the commands are run, analyze, bench, experiments, sweep.")]
    [InlineData("Simulation:Seed=3", "unknown command 'Simulation:Seed=3'; a setting is written --Simulation:Seed=3.")]
    public void UnknownVerb_SuggestsTheClosest(string verb, string expected) => Assert.Equal(expected, Mistake(verb));

    [Theory]
    [InlineData(new[] { "experiments", "--paralel", "3" }, "experiments has no option --paralel; did you mean --parallel?")]
    [InlineData(new[] { "--seed=42" }, "run has no option --seed; did you mean --Simulation:Seed=42?")]
    [InlineData(new[] { "--machines" }, "run has no option --machines; did you mean --Simulation:Machines=…?")]
    [InlineData(new[] { "run", "--quick" }, "run has no option --quick; did you mean bench --quick?")]
    [InlineData(new[] { "--verbose", "--Simulation:DurationSeconds=1" }, "run has no option --verbose; its options are --config, --dry-run.")]
    [InlineData(new[] { "analyze", "--dry-run" }, "analyze has no option --dry-run; did you mean run --dry-run?")]
    [InlineData(new[] { "bench", "--quik" }, "bench has no option --quik; did you mean --quick?")]
    public void UnknownOption_SuggestsTheClosest(string[] args, string expected) => Assert.Equal(expected, Mistake(args));

    [Theory]
    [InlineData(new[] { "analyze", "a", "b" }, "analyze does not take 'b'; see analyze --help.")]
    [InlineData(new[] { "run", "now" }, "run does not take 'now'; see run --help.")]
    [InlineData(new[] { "experiments", "--parallel" }, "--parallel needs a value: --parallel <N>.")]
    [InlineData(new[] { "experiments", "--parallel", "0" }, "--parallel needs a whole number of runs at once, 1 or more, not '0'.")]
    [InlineData(new[] { "experiments", "--parallel", "2", "--parallel", "3" }, "--parallel is given more than once.")]
    [InlineData(new[] { "--config" }, "--config needs a value: --config <FILE>.")]
    [InlineData(new[] { "bench", "--Simulation:Seed=1" }, "bench reads no settings, so --Simulation:Seed=1 would change nothing.")]
    [InlineData(new[] { "sweep", "default", "--Simulation:Seed=1" }, "sweep reads no settings, so --Simulation:Seed=1 would change nothing.")]
    [InlineData(new[] { "sweep" }, "Required argument 'FILE|NAME' missing for command: 'sweep'.")]
    public void OtherMistakes_AreOneSentence(string[] args, string expected) => Assert.Equal(expected, Mistake(args));

    [Fact]
    public void OverrideWithoutItsValue_IsRefused() =>
        Assert.Equal(
            "--Simulation:Seed needs a value: --Simulation:Seed=… or --Simulation:Seed ….",
            Assert.Throws<SettingsException>(() => CommandLine.Parse(["--Simulation:Seed", "--dry-run"], Path.GetTempPath())).Message);
}
