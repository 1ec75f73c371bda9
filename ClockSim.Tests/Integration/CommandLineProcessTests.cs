using System.Diagnostics;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Integration;

/// <summary>The program as a user meets it: a separate process, its exit code and what it prints.</summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private readonly TempDirectory _workingDirectory = new();

    public void Dispose() => _workingDirectory.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClockSim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output, await error);
    }

    [Theory]
    [InlineData("--Simulation:Machines=1", "error: Simulation:Machines must be a whole number from 2 to 128 (Sockets engine) or to 1000 (Virtual engine).")]
    [InlineData("--Simulation:DurationSeconds=abc", "error: Simulation:DurationSeconds is 'abc', which is not a number.")]
    [InlineData("--Simulation:Weights:Internal=-1", "error: Simulation:Weights:Internal is -1; a weight must be a number of 0 or more.")]
    [InlineData("--config=missing.json", "error: --config: the file 'missing.json' does not exist.")]
    [InlineData("frobnicate", "error: unknown command 'frobnicate'. Run with --help to see the commands.")]
    public async Task BadInput_PrintsOneLineAndExitsWithTwo(string argument, string expected)
    {
        var (exitCode, _, error) = await RunAsync(argument, $"--Simulation:OutputDirectory={_workingDirectory.Path}");

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, error.TrimEnd());
    }

    [Fact]
    public async Task ShortRun_PrintsTheSummaryAndTheRunFolder()
    {
        var (exitCode, output, _) = await RunAsync(
            "--Simulation:DurationSeconds=1", "--Simulation:Seed=5", "--Simulation:TickRates:0=20", "--Simulation:TickRates:1=10",
            "--Simulation:TickRates:2=5", $"--Simulation:OutputDirectory={_workingDirectory.Path}");

        Assert.Equal(0, exitCode);
        Assert.Contains("seed 5", output);
        Assert.Contains("Run completed", output);
        var folder = Assert.Single(Directory.GetDirectories(_workingDirectory.Path, "*-seed5"));
        Assert.Contains($"Run folder: {folder}", output);
    }
}
