using System.Globalization;
using ClockSim.Analysis.Report;
using Spectre.Console;
using static System.FormattableString;
using ClockSim.Application;

namespace ClockSim.Bench;

/// <summary>
/// The cost of <c>analyze</c> on a large run folder, JIT build against native: a virtual run of 10 machines at 1000
/// ticks/s writes the folder once (1,000,000 events; 100,000 with <c>--quick</c>), then each build analyses it in a
/// process measured from outside, each from a bench child of its own.
/// </summary>
internal static class LargeAnalysis
{
    /// <summary>The hidden option that analyses one run folder as the user does, measured from a process of its own.</summary>
    public const string Option = "--analyze-process";

    /// <summary>The targets of an analysis this size: its wall time and its peak.</summary>
    private const double MaxWallSeconds = 1.5;
    private const double MaxPeakMemoryMb = 150;

    private const int Machines = 10;
    private const int Rate = 1000;

    public static async Task<LargeAnalysisResult> RunAsync(IAnsiConsole console, bool quick, string? nativeProgram)
    {
        var seconds = quick ? 10 : 100;
        var events = (long)Machines * Rate * seconds;
        console.MarkupLineInterpolated($"[grey]analyze-large[/]: analyze of a {events:N0}-event virtual run folder, JIT and native…");
        var root = Directory.CreateTempSubdirectory("clocksim-bench-analyze-");
        try
        {
            var folder = await WriteRunFolderAsync(root.FullName, seconds).ConfigureAwait(false);
            var jit = await MeasureInChildAsync(folder, native: false).ConfigureAwait(false);
            var native = nativeProgram is null ? null : await MeasureInChildAsync(folder, native: true).ConfigureAwait(false);
            return new LargeAnalysisResult(events, jit, native);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>In the bench child: analyses <paramref name="folder"/> through the JIT build or the native one.</summary>
    public static async Task<int> RunChildAsync(string currentDirectory, string folder, bool native)
    {
        var program = native ? NativeProgram.Find(currentDirectory) ?? throw new BenchFailedException(NativeMissing) : null;
        return BenchChild.Report(await WholeProcessRunner.AnalyzeAsync(folder, program).ConfigureAwait(false), BenchJson.Default.WholeProcessResult);
    }

    public static string NativeMissing =>
        $"no native executable at {NativeProgram.RelativePath}: the native figures are left out; `{NativeProgram.PublishCommand}` writes it.";

    public static string Markdown(LargeAnalysisResult result)
    {
        IEnumerable<WholeProcessResult> rows = result.Native is null ? [result.Jit] : [result.Jit, result.Native];
        return Invariant($"\n## analyze of a large run folder\n\nThe `analyze` command on a virtual run folder of {result.Events:N0} events ({Machines} machines × {Rate} ticks/s), ")
            + "as the user runs it, measured from outside its process.\n\n"
            + MarkdownTable.Render(["Build", "Exit code", "Wall s", "CPU s", "Peak MB"], rows.Select(r => (IReadOnlyList<string>)
                [r.Build, r.ExitCode.ToString(CultureInfo.InvariantCulture), Invariant($"{r.WallSeconds:0.00}"), Invariant($"{r.CpuSeconds:0.00}"), Invariant($"{r.PeakMemoryMb:0.0}")]))
            + (result.Native is null ? "\n" + NativeMissing + "\n" : "")
            + Invariant($"\nTargets: at most {MaxWallSeconds} s and {MaxPeakMemoryMb} MB. ")
            + string.Join(" ", rows.Select(r => Invariant($"{r.Build}: {Verdict(r.WallSeconds <= MaxWallSeconds)} on time, {Verdict(r.PeakMemoryMb <= MaxPeakMemoryMb)} on memory.")))
            + "\n";
    }

    private static string Verdict(bool met) => met ? "met" : "missed";

    private static async Task<string> WriteRunFolderAsync(string root, int seconds)
    {
        string[] arguments =
        [
            "run", "--Simulation:Engine=Virtual", "--Simulation:Seed=2026", Invariant($"--Simulation:Machines={Machines}"),
            Invariant($"--Simulation:MinTickRate={Rate}"), Invariant($"--Simulation:MaxTickRate={Rate}"), Invariant($"--Simulation:DurationSeconds={seconds}"),
            $"--Simulation:OutputDirectory={root}",
        ];
        var start = SelfProcess.StartInfo(arguments);
        start.RedirectStandardOutput = true;
        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return Directory.GetDirectories(root).SingleOrDefault()
            ?? throw new BenchFailedException($"the virtual run for analyze-large wrote no run folder (exit code {process.ExitCode}).");
    }

    private static async Task<WholeProcessResult> MeasureInChildAsync(string folder, bool native)
    {
        string[] arguments = ["bench", Option, folder, .. native ? new[] { BenchCommand.NativeOption } : []];
        var program = native ? NativeProgram.Find(Directory.GetCurrentDirectory()) ?? throw new BenchFailedException(NativeMissing) : null;
        return (await BenchChild.RunAsync(arguments, BenchJson.Default.WholeProcessResult, $"analyze-large ({(native ? "native" : "JIT")})", program)
            .ConfigureAwait(false)).Result;
    }
}
