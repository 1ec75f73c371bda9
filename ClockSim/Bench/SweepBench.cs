using System.Diagnostics;
using System.Globalization;
using ClockSim.Sweeps;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Bench;

/// <summary>
/// The sweep benchmark: <c>experiments/sweeps/default.json</c> (1000 seeds of the default configuration, 3 machines
/// for 60 s) run as the <c>sweep</c> command runs it, in a fresh child process timed from its start to its exit, so
/// the runtime's start-up counts too. The child runs a copy of the file in a temporary folder, so the committed
/// results stay as they are, and reports its CPU time and peak memory.
/// </summary>
internal static class SweepBench
{
    /// <summary>The name the bench starts its child process with: <c>bench --scenario sweep-1000</c>.</summary>
    public const string Name = "sweep-1000";

    /// <summary>The target for the whole command, in seconds.</summary>
    public const double TargetSeconds = 10;

    private const string SweepName = "default";
    public static async Task<SweepBenchResult> RunInChildProcessAsync()
    {
        var (result, wall) = await BenchChild.RunAsync(["bench", BenchCommand.ScenarioOption, Name], BenchJson.Default.SweepBenchResult, "the sweep benchmark").ConfigureAwait(false);
        return result with { WallSeconds = wall };
    }

    /// <summary>In the child process: runs the sweep and writes its figures on one line of stdout.</summary>
    public static async Task<int> RunChildAsync()
    {
        var source = Path.Combine(ContentRoot.Find(Directory.GetCurrentDirectory()), SweepCommand.SweepsFolder, SweepName + ".json");
        if (!File.Exists(source))
        {
            return UserError.Report($"the sweep benchmark needs {DisplayPath.Of(source)}; run the bench from the repository.");
        }

        var folder = Directory.CreateTempSubdirectory("clocksim-sweep-bench-");
        try
        {
            var copy = Path.Combine(folder.FullName, Path.GetFileName(source));
            File.Copy(source, copy);
            var outcome = await SweepSession.RunAsync(SweepFileReader.Load(copy), keepRuns: false, AnsiConsole.Console, CancellationToken.None).ConfigureAwait(false);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var result = new SweepBenchResult(outcome.Summary.Finished, 0, outcome.RunSeconds, process.TotalProcessorTime.TotalSeconds,
                process.PeakWorkingSet64 / (1024.0 * 1024.0));
            return BenchChild.Report(result, BenchJson.Default.SweepBenchResult);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The benchmark's section of <c>results.md</c>.</summary>
    public static string Markdown(SweepBenchResult result) => string.Create(CultureInfo.InvariantCulture, $"""

        ## Sweeps

        `sweep {SweepName}`: {result.Runs} seeds of the default configuration (3 machines, 60 s) on the virtual engine, in a fresh process.
        The whole command took {result.WallSeconds:0.00} s (target: under {TargetSeconds:0} s, {(result.WallSeconds < TargetSeconds ? "met" : "missed")}),
        of which the runs {result.RunSeconds:0.00} s ({result.Runs / result.RunSeconds:0} runs/s); {result.CpuSeconds:0.00} s of CPU, peak memory {result.PeakMemoryMb:0.0} MB.

        """);
}
