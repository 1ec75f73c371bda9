using System.Text.Json.Serialization.Metadata;
using ClockSim.Experiments;
using ClockSim.Recording;
using Spectre.Console;
using ClockSim.Application;

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

    /// <summary>The hidden flag that makes a whole-process child measure the native executable instead of the JIT build.</summary>
    public const string NativeOption = "--native";

    private const string QuickFolderName = "quick";

    /// <param name="currentDirectory">The folder the user is in; the figures are saved under the repository at or above it.</param>
    /// <param name="quick">Whether to run the shorter scenarios.</param>
    /// <param name="scenarioName">The one scenario to run in this process and report on stdout, or null.</param>
    /// <param name="wholeProcessName">The one scenario to start through the <c>run</c> command and measure from outside, or null.</param>
    /// <param name="analyzeFolder">The one run folder to analyse as the user does and measure from outside, or null.</param>
    /// <param name="native">Whether the process measured is the native executable (<see cref="NativeProgram"/>).</param>
    public static async Task<int> RunAsync(string currentDirectory, bool quick, string? scenarioName, string? wholeProcessName, string? analyzeFolder, bool native)
    {
        try
        {
            return await RunAsync(currentDirectory, quick, scenarioName, wholeProcessName, analyzeFolder, native ? NativeProgram.Find(currentDirectory) ?? "" : null)
                .ConfigureAwait(false);
        }
        catch (BenchFailedException failure)
        {
            return UserError.Report(failure.Message, ExitCodes.Failure);
        }
    }

    private static async Task<int> RunAsync(string currentDirectory, bool quick, string? scenarioName, string? wholeProcessName, string? analyzeFolder, string? nativeProgram)
    {
        if (nativeProgram == "")
        {
            throw new BenchFailedException(LargeAnalysis.NativeMissing);
        }

        if (analyzeFolder is not null)
        {
            return await LargeAnalysis.RunChildAsync(currentDirectory, analyzeFolder, nativeProgram is not null).ConfigureAwait(false);
        }

        if (scenarioName is not null)
        {
            return await RunChildAsync(ScenarioOption, scenarioName, quick).ConfigureAwait(false);
        }

        if (wholeProcessName is not null)
        {
            return await RunChildAsync(WholeProcessOption, wholeProcessName, quick, nativeProgram).ConfigureAwait(false);
        }

        return await RunEveryScenarioAsync(currentDirectory, quick).ConfigureAwait(false);
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
        var native = NativeProgram.Find(currentDirectory);
        if (native is null)
        {
            console.WriteLine(ConsoleText.Line("Note: " + LargeAnalysis.NativeMissing));
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in BenchScenarios.All)
        {
            console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: {scenario.Purpose} ({scenario.DurationSeconds(quick)} s)…");
            var result = await RunInChildProcessAsync(ScenarioOption, scenario, quick, BenchJson.Default.ScenarioResult).ConfigureAwait(false);
            if (scenario.WholeProcess)
            {
                console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: the same run as the user runs it, with its analysis and report…");
                result = result with
                {
                    WholeProcess = await RunInChildProcessAsync(WholeProcessOption, scenario, quick, BenchJson.Default.WholeProcessResult).ConfigureAwait(false),
                };
                if (native is not null)
                {
                    console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: the same through the native executable…");
                    result = result with
                    {
                        NativeProcess = await RunInChildProcessAsync(WholeProcessOption, scenario, quick, BenchJson.Default.WholeProcessResult, [NativeOption], native)
                            .ConfigureAwait(false),
                    };
                }
            }

            results.Add(result with { LoadAverage = MachineDescription.LoadAverage() });
        }

        var virtualResults = await VirtualBench.RunAllAsync(console, quick).ConfigureAwait(false);
        console.MarkupLineInterpolated($"[grey]{SweepBench.Name}[/]: the default sweep on the virtual engine…");
        var sweep = await SweepBench.RunInChildProcessAsync().ConfigureAwait(false);
        var largeAnalysis = await LargeAnalysis.RunAsync(console, quick, native).ConfigureAwait(false);

        var report = new BenchReport(MachineDescription.Current(TimeProvider.System), quick, results, virtualResults, sweep, largeAnalysis);
        report.WriteTable(console);
        var folder = ResultsFolder(currentDirectory, quick);
        report.Save(folder);
        console.WriteLine(ConsoleText.Line($"Saved {DisplayPath.Of(Path.Combine(folder, "results.md"), currentDirectory)} and results.json"
            + (quick ? " (quick figures: the committed results in experiments/bench/ are as they were)." : ".")));
        if (!quick)
        {
            var readme = Path.Combine(ContentRoot.Find(currentDirectory), "README.md");
            if (File.Exists(readme))
            {
                AtomicFile.WriteAllText(readme, GeneratedSections.Fill(
                    await File.ReadAllTextAsync(readme).ConfigureAwait(false), ReadmeBlocks(report), out _));
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>README's blocks that quote the bench: the three ways' costs and the figures its prose refers to.</summary>
    public static Dictionary<string, string> ReadmeBlocks(BenchReport report) => new()
    {
        [WaysTable.BlockName] = WaysTable.Render(report),
        [BenchFiguresBlock.BlockName] = BenchFiguresBlock.Render(report),
    };

    /// <summary>
    /// The child's side: run the scenario alone in this process, or (as a process dedicated to measuring it)
    /// start it through the <c>run</c> command and measure that process from outside.
    /// </summary>
    private static async Task<int> RunChildAsync(string option, string name, bool quick, string? nativeProgram = null)
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
            ? BenchChild.Report(await WholeProcessRunner.RunAsync(scenario, quick, nativeProgram).ConfigureAwait(false), BenchJson.Default.WholeProcessResult)
            : BenchChild.Report(await ScenarioRunner.RunAsync(scenario, quick).ConfigureAwait(false), BenchJson.Default.ScenarioResult);
    }

    /// <param name="program">The build that runs the child: this one when null (see <see cref="BenchChild.RunAsync"/>).</param>
    private static async Task<T> RunInChildProcessAsync<T>(
        string option, BenchScenario scenario, bool quick, JsonTypeInfo<T> contract, string[]? more = null, string? program = null) =>
        (await BenchChild.RunAsync(new[] { "bench", option, scenario.Name }.Concat(quick ? ["--quick"] : []).Concat(more ?? []), contract,
            $"bench scenario {scenario.Name} ({option})", program).ConfigureAwait(false)).Result;
}
