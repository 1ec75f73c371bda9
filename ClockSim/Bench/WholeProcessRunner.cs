using System.Diagnostics;
using ClockSim.Cli;

namespace ClockSim.Bench;

/// <summary>
/// Runs a scenario through the <c>run</c> command, in a child process started from the folder of the user's
/// <c>appsettings.json</c>, and measures that child from outside. This process is started for that one child
/// alone, so the usage of its finished children is the child's own.
/// </summary>
internal static class WholeProcessRunner
{
    public static async Task<WholeProcessResult> RunAsync(BenchScenario scenario, bool quick)
    {
        var root = Directory.CreateTempSubdirectory("clocksim-bench-");
        try
        {
            string[] arguments = ["run", .. scenario.Arguments(quick, root.FullName)];
            var start = SelfProcess.StartInfo(arguments);
            start.WorkingDirectory = ContentRoot.Find(Directory.GetCurrentDirectory());
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;

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
                Command = string.Join(' ', arguments.Select(a => a.Replace(root.FullName, "<temp>", StringComparison.Ordinal))),
                ExitCode = process.ExitCode,
                WallSeconds = clock.Elapsed.TotalSeconds,
                CpuSeconds = usage?.Cpu.TotalSeconds ?? double.NaN,
                PeakMemoryMb = usage is null ? double.NaN : usage.PeakResidentKilobytes / 1024.0,
            };
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
