using System.Diagnostics;
using System.Text.Json;
using ClockSim.Cli;
using Spectre.Console;

namespace ClockSim.Bench;

/// <summary>
/// The <c>bench</c> verb: runs every scenario in a fresh child process (so CPU time and peak memory
/// belong to that scenario alone), prints the figures and saves them under <c>experiments/bench/</c>.
/// </summary>
internal static class BenchCommand
{
    private const string ResultPrefix = "BENCH-RESULT ";
    private const string ScenarioOption = "--scenario";
    private const string WholeProcessOption = "--whole-process";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        foreach (var option in (string[])[ScenarioOption, WholeProcessOption])
        {
            var index = args.ToList().IndexOf(option);
            if (index >= 0)
            {
                var name = index + 1 < args.Count ? args[index + 1] : "";
                return await RunChildAsync(option, name, quick).ConfigureAwait(false);
            }
        }

        var unknown = args.Where(a => a != "--quick").ToArray();
        if (unknown.Length > 0)
        {
            return UserError.Report($"bench takes only --quick, not '{unknown[0]}'.");
        }

        var console = AnsiConsole.Console;
        var results = new List<ScenarioResult>();
        foreach (var scenario in BenchScenarios.All)
        {
            console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: {scenario.Purpose} ({scenario.DurationSeconds(quick)} s)…");
            var result = await RunInChildProcessAsync<ScenarioResult>(ScenarioOption, scenario, quick).ConfigureAwait(false);
            if (scenario.WholeProcess)
            {
                console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: the same run as the user runs it, with its analysis and charts…");
                result = result with
                {
                    WholeProcess = await RunInChildProcessAsync<WholeProcessResult>(WholeProcessOption, scenario, quick).ConfigureAwait(false),
                };
            }

            results.Add(result with { LoadAverage = MachineDescription.LoadAverage() });
        }

        var report = new BenchReport(MachineDescription.Current(TimeProvider.System), quick, results);
        report.WriteTable(console);
        var folder = Path.Combine(ContentRoot.Find(Directory.GetCurrentDirectory()), "experiments", "bench");
        report.Save(folder);
        console.WriteLine($"Saved {Path.Combine(folder, "results.md")} and results.json.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The child's side: run the scenario alone in this process, or (as a process dedicated to measuring it)
    /// start it through the <c>run</c> command and measure that process from outside.
    /// </summary>
    private static async Task<int> RunChildAsync(string option, string name, bool quick)
    {
        if (BenchScenarios.Find(name) is not { } scenario)
        {
            return UserError.Report($"no bench scenario is called '{name}'.");
        }

        object result = option == WholeProcessOption
            ? await WholeProcessRunner.RunAsync(scenario, quick).ConfigureAwait(false)
            : await ScenarioRunner.RunAsync(scenario, quick).ConfigureAwait(false);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, result.GetType()));
        return ExitCodes.Success;
    }

    private static async Task<T> RunInChildProcessAsync<T>(string option, BenchScenario scenario, bool quick)
    {
        var start = SelfProcess.StartInfo(new[] { "bench", option, scenario.Name }.Concat(quick ? ["--quick"] : []));
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Bench scenario {scenario.Name} ({option}) failed (exit code {process.ExitCode}).");
        return JsonSerializer.Deserialize<T>(line[ResultPrefix.Length..])!;
    }
}
