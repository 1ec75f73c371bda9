using System.Text.Json.Serialization.Metadata;
using ClockSim.Analysis.Report;
using ClockSim.Cli;
using Spectre.Console;

namespace ClockSim.Bench;

/// <summary>
/// The <c>bench</c> verb: runs every scenario in a fresh child process (so CPU time and peak memory
/// belong to that scenario alone), prints the figures and saves them under <c>experiments/bench/</c> (<c>quick/</c> there
/// for <c>--quick</c>).
/// </summary>
internal static class BenchCommand
{
    /// <summary>The hidden option that runs one scenario in this process: how the bench starts its child processes.</summary>
    public const string ScenarioOption = "--scenario";

    /// <summary>The hidden option that runs one scenario as the user runs it, measured from a process of its own.</summary>
    public const string WholeProcessOption = "--whole-process";

    private const string QuickFolderName = "quick";

    /// <param name="currentDirectory">The folder the user is in; the figures are saved under the repository at or above it.</param>
    /// <param name="quick">Whether to run the shorter scenarios.</param>
    /// <param name="scenarioName">The one scenario to run in this process and report on stdout, or null.</param>
    /// <param name="wholeProcessName">The one scenario to start through the <c>run</c> command and measure from outside, or null.</param>
    public static async Task<int> RunAsync(string currentDirectory, bool quick, string? scenarioName, string? wholeProcessName)
    {
        if (scenarioName is not null)
        {
            return await RunChildAsync(ScenarioOption, scenarioName, quick).ConfigureAwait(false);
        }

        if (wholeProcessName is not null)
        {
            return await RunChildAsync(WholeProcessOption, wholeProcessName, quick).ConfigureAwait(false);
        }

        try
        {
            return await RunEveryScenarioAsync(currentDirectory, quick).ConfigureAwait(false);
        }
        catch (BenchFailedException failure)
        {
            return UserError.Report(failure.Message, ExitCodes.Failure);
        }
    }

    /// <summary>
    /// Where the figures go: <c>experiments/bench/</c>, the committed results, for a full bench; <c>experiments/bench/quick/</c>,
    /// which git ignores, for the shorter scenarios of <c>--quick</c>, so a quick look never replaces committed figures.
    /// </summary>
    public static string ResultsFolder(string currentDirectory, bool quick)
    {
        var folder = Path.Combine(ContentRoot.Find(currentDirectory), "experiments", "bench");
        return quick ? Path.Combine(folder, QuickFolderName) : folder;
    }

    private static async Task<int> RunEveryScenarioAsync(string currentDirectory, bool quick)
    {
        var console = AnsiConsole.Console;
        var results = new List<ScenarioResult>();
        foreach (var scenario in BenchScenarios.All)
        {
            console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: {scenario.Purpose} ({scenario.DurationSeconds(quick)} s)…");
            var result = await RunInChildProcessAsync(ScenarioOption, scenario, quick, BenchJson.Default.ScenarioResult).ConfigureAwait(false);
            if (scenario.WholeProcess)
            {
                console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: the same run as the user runs it, with its analysis and charts…");
                result = result with
                {
                    WholeProcess = await RunInChildProcessAsync(WholeProcessOption, scenario, quick, BenchJson.Default.WholeProcessResult).ConfigureAwait(false),
                };
            }

            results.Add(result with { LoadAverage = MachineDescription.LoadAverage() });
        }

        var virtualResults = await VirtualBench.RunAllAsync(console, quick).ConfigureAwait(false);
        console.MarkupLineInterpolated($"[grey]{SweepBench.Name}[/]: the default sweep on the virtual engine…");
        var sweep = await SweepBench.RunInChildProcessAsync().ConfigureAwait(false);

        var report = new BenchReport(MachineDescription.Current(TimeProvider.System), quick, results, virtualResults, sweep);
        report.WriteTable(console);
        var folder = ResultsFolder(currentDirectory, quick);
        report.Save(folder);
        console.WriteLine(ConsoleText.Line($"Saved {DisplayPath.Of(Path.Combine(folder, "results.md"), currentDirectory)} and results.json"
            + (quick ? " (quick figures: the committed results in experiments/bench/ are as they were)." : ".")));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The child's side: run the scenario alone in this process, or (as a process dedicated to measuring it)
    /// start it through the <c>run</c> command and measure that process from outside.
    /// </summary>
    private static async Task<int> RunChildAsync(string option, string name, bool quick)
    {
        if (VirtualBench.Find(name) is { } virtualScenario)
        {
            return await VirtualBench.RunChildAsync(virtualScenario, quick).ConfigureAwait(false);
        }

        if (name == SweepBench.Name)
        {
            return await SweepBench.RunChildAsync().ConfigureAwait(false);
        }

        if (BenchScenarios.Find(name) is not { } scenario)
        {
            return UserError.Report($"no bench scenario is called '{name}'.");
        }

        return option == WholeProcessOption
            ? BenchChild.Report(await WholeProcessRunner.RunAsync(scenario, quick).ConfigureAwait(false), BenchJson.Default.WholeProcessResult)
            : BenchChild.Report(await ScenarioRunner.RunAsync(scenario, quick).ConfigureAwait(false), BenchJson.Default.ScenarioResult);
    }

    private static async Task<T> RunInChildProcessAsync<T>(string option, BenchScenario scenario, bool quick, JsonTypeInfo<T> contract) =>
        (await BenchChild.RunAsync(new[] { "bench", option, scenario.Name }.Concat(quick ? ["--quick"] : []), contract, $"bench scenario {scenario.Name} ({option})")
            .ConfigureAwait(false)).Result;
}
