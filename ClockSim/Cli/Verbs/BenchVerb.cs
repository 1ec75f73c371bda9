using System.CommandLine;
using ClockSim.Bench;

namespace ClockSim.Cli.Verbs;

/// <summary>
/// <c>bench [--quick]</c>; each scenario runs in a child process started as <c>bench --scenario NAME</c>, and the
/// whole-process measurement in one started as <c>bench --whole-process NAME [--native]</c>, and <c>analyze</c> of a large
/// run folder in one started as <c>bench --analyze-process FOLDER [--native]</c>.
/// </summary>
internal static class BenchVerb
{
    public static Verb Create(VerbContext context)
    {
        var quick = new Option<bool>("--quick") { Description = "Shorter scenarios: under a minute in all." };
        var scenario = new Option<string?>(BenchCommand.ScenarioOption) { Hidden = true };
        var wholeProcess = new Option<string?>(BenchCommand.WholeProcessOption) { Hidden = true };
        var analyzeProcess = new Option<string?>(LargeAnalysis.Option) { Hidden = true };
        var native = new Option<bool>(BenchCommand.NativeOption) { Hidden = true };
        var command = new Command("bench", "Measure tick fidelity, message latency, scale and cost; save the figures to "
            + "experiments/bench/results.md.") { quick, scenario, wholeProcess, analyzeProcess, native };
        command.SetAction((result, _) => BenchCommand.RunAsync(context.CurrentDirectory, result.GetValue(quick), result.GetValue(scenario), result.GetValue(wholeProcess),
            result.GetValue(analyzeProcess), result.GetValue(native)));
        return new Verb(command);
    }
}
