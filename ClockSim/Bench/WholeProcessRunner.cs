using System.Diagnostics;
using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Application;

namespace ClockSim.Bench;

/// <summary>
/// Runs a command as the user runs it, in a child process started from the folder of the user's <c>appsettings.json</c>,
/// and measures that child from outside: this program under the JIT, or the native executable (<see cref="NativeProgram"/>).
/// This process is started for that one child alone, so the usage of its finished children is the child's own.
/// </summary>
internal static class WholeProcessRunner
{
    /// <summary>A scenario through the <c>run</c> command, with the time from the process's start to the run's start.</summary>
    /// <param name="nativeProgram">The native executable to run, or null for this program under the JIT.</param>
    public static async Task<WholeProcessResult> RunAsync(BenchScenario scenario, bool quick, string? nativeProgram)
    {
        var root = Directory.CreateTempSubdirectory("clocksim-bench-");
        try
        {
            string[] arguments = ["run", .. scenario.Arguments(quick, root.FullName)];
            var result = await MeasureAsync(arguments, nativeProgram, root.FullName).ConfigureAwait(false);
            return result with { StartMs = StartMs(root.FullName, result.Started) };
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>The <c>analyze</c> command on a run folder that exists already.</summary>
    public static Task<WholeProcessResult> AnalyzeAsync(string runFolder, string? nativeProgram) =>
        MeasureAsync(["analyze", runFolder], nativeProgram, Path.GetDirectoryName(runFolder)!);

    private static async Task<WholeProcessResult> MeasureAsync(string[] arguments, string? nativeProgram, string hiddenPath)
    {
        var start = nativeProgram is null ? SelfProcess.StartInfo(arguments) : new ProcessStartInfo(nativeProgram, arguments);
        start.WorkingDirectory = ContentRoot.Find(Directory.GetCurrentDirectory());
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        // Taken before the process is created, so the time to the run's start includes starting the executable.
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        clock.Stop();
        await Task.WhenAll(output, errors).ConfigureAwait(false);

        var usage = ChildResourceUsage.OfFinishedChildren();
        return new WholeProcessResult
        {
            Build = nativeProgram is null ? "JIT" : "native",
            Command = string.Join(' ', arguments.Select(a => a.Replace(hiddenPath, "<temp>", StringComparison.Ordinal))),
            ExitCode = process.ExitCode,
            Started = started,
            WallSeconds = clock.Elapsed.TotalSeconds,
            CpuSeconds = usage?.Cpu.TotalSeconds ?? double.NaN,
            PeakMemoryMb = usage is null ? double.NaN : usage.PeakResidentKilobytes / 1024.0,
        };
    }

    /// <summary>
    /// From <paramref name="started"/> to the run's start instant, run.json's <c>startUtc</c>. NaN for a virtual run, whose
    /// start is simulated time, or a run that left no run.json.
    /// </summary>
    private static double StartMs(string root, DateTimeOffset started)
    {
        var folder = Directory.GetDirectories(root).FirstOrDefault(f => File.Exists(Path.Combine(f, RunManifestJson.FileName)));
        if (folder is null)
        {
            return double.NaN;
        }

        var manifest = RunManifestJson.Read(folder);
        return manifest.Engine == SimulationEngine.Sockets && manifest.StartUtc is { } start ? (start - started).TotalMilliseconds : double.NaN;
    }
}
