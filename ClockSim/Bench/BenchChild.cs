using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ClockSim.Application;

namespace ClockSim.Bench;

/// <summary>
/// How the bench talks to the child process that measures one scenario: the child writes its figures as one JSON line
/// on stdout; the bench starts it, waits, and reads that line back. A figure with nothing to measure is NaN and
/// travels as <c>"NaN"</c>.
/// </summary>
internal static class BenchChild
{
    private const string ResultPrefix = "BENCH-RESULT ";

    /// <summary>In the child: writes <paramref name="result"/> for the bench to read.</summary>
    public static int Report<T>(T result, JsonTypeInfo<T> contract)
    {
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result, contract).ReplaceLineEndings(" "));
        return ExitCodes.Success;
    }

    /// <summary>Starts this program with <paramref name="args"/>, and returns the figures it reported and the wall time it took.</summary>
    /// <param name="what">What the child measures, for the error when it reports nothing.</param>
    /// <param name="program">
    /// The build to start: this one when null, or the native executable. A child that measures the native program's peak
    /// must be native itself: Linux counts a process's peak from the memory of the process it was started from, so a JIT
    /// parent's own memory would stand under the native program's figure.
    /// </param>
    /// <exception cref="BenchFailedException">The child ended without reporting its figures.</exception>
    public static async Task<(T Result, double WallSeconds)> RunAsync<T>(IEnumerable<string> args, JsonTypeInfo<T> contract, string what, string? program = null)
    {
        var start = program is null ? SelfProcess.StartInfo(args) : new ProcessStartInfo(program, args);
        start.RedirectStandardOutput = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        var wall = clock.Elapsed.TotalSeconds;
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
            ?? throw new BenchFailedException($"{what} failed (exit code {process.ExitCode}); its own error is above.");
        return (JsonSerializer.Deserialize(line[ResultPrefix.Length..], contract)!, wall);
    }
}
