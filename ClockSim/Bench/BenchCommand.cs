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
    /// <summary>The hidden option that runs one scenario in this process: how the bench starts its child processes.</summary>
    public const string ScenarioOption = "--scenario";

    private const string ResultPrefix = "BENCH-RESULT ";

    /// <param name="quick">Whether to run the shorter scenarios.</param>
    /// <param name="scenarioName">The one scenario to run in this process and report on stdout, or null to run them all.</param>
    public static async Task<int> RunAsync(bool quick, string? scenarioName)
    {
        if (scenarioName is not null)
        {
            return await RunChildAsync(scenarioName, quick).ConfigureAwait(false);
        }

        var console = AnsiConsole.Console;
        var results = new List<ScenarioResult>();
        foreach (var scenario in BenchScenarios.All)
        {
            console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: {scenario.Purpose} ({scenario.DurationSeconds(quick)} s)…");
            results.Add(await RunInChildProcessAsync(scenario, quick).ConfigureAwait(false));
        }

        console.MarkupLineInterpolated($"[grey]{SweepBench.Name}[/]: the default sweep on the virtual engine…");
        var sweep = await SweepBench.RunInChildProcessAsync().ConfigureAwait(false);

        var report = new BenchReport(MachineDescription.Current(TimeProvider.System), quick, results);
        report.WriteTable(console);
        console.Write(SweepBench.Markdown(sweep));
        var folder = Path.Combine(ContentRoot.Find(Directory.GetCurrentDirectory()), "experiments", "bench");
        report.Save(folder);
        File.AppendAllText(Path.Combine(folder, "results.md"), SweepBench.Markdown(sweep));
        console.WriteLine($"Saved {Path.Combine(folder, "results.md")} and results.json.");
        return ExitCodes.Success;
    }

    private static async Task<int> RunChildAsync(string name, bool quick)
    {
        if (name == SweepBench.Name)
        {
            return await SweepBench.RunChildAsync().ConfigureAwait(false);
        }

        if (BenchScenarios.Find(name) is not { } scenario)
        {
            return UserError.Report($"no bench scenario is called '{name}'.");
        }

        var result = await ScenarioRunner.RunAsync(scenario, quick).ConfigureAwait(false);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return ExitCodes.Success;
    }

    private static async Task<ScenarioResult> RunInChildProcessAsync(BenchScenario scenario, bool quick)
    {
        var start = SelfProcess.StartInfo(new[] { "bench", ScenarioOption, scenario.Name }.Concat(quick ? ["--quick"] : []));
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Bench scenario {scenario.Name} failed (exit code {process.ExitCode}).");
        return JsonSerializer.Deserialize<ScenarioResult>(line[ResultPrefix.Length..])!;
    }
}
