using System.Diagnostics;
using System.Security.Cryptography;
using ClockSim.Bench;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Integration;

/// <summary>
/// Ctrl+C at any moment of a sweep, an experiment or a quick bench, as separate processes in a repository of their own:
/// the committed results stay byte for byte as they were, whatever the moment, and nothing keeps running after the
/// command has exited. The moments are spread over the command's life; the assertions hold at every one.
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly TempDirectory _repository = new();

    public InterruptionTests()
    {
        _repository.Write("appsettings.json", """{ "Simulation": { "OutputDirectory": "runs" } }""");
        _repository.Write(Path.Combine("experiments", "sweeps", "busy.json"), """
            {
              "Sweep": { "Seeds": { "First": 1, "Count": 120 }, "Axes": { "Phases": ["Aligned", "Random"] } },
              "Simulation": { "DurationSeconds": 20, "TickRates": [1000, 900, 800] }
            }
            """);
        _repository.Write(Path.Combine("experiments", "short.json"), """
            {
              "Experiment": { "Title": "Short", "Question": "Does Ctrl+C keep what was there?", "Seeds": [1, 2] },
              "Simulation": { "DurationSeconds": 2, "TickRates": [20, 30, 40] }
            }
            """);
    }

    public void Dispose() => _repository.Dispose();

    [InterruptibleFact]
    public async Task Sweep_InterruptedAtAnyMoment_LeavesTheCommittedResultsAsTheyWere()
    {
        Assert.Equal(ExitCodes.Success, (await RunAsync(null, "sweep", "busy")).ExitCode);
        var results = Path.Combine(_repository.Path, "experiments", "sweeps", "results");
        var committed = Snapshot(Path.Combine(results, "busy"));

        foreach (var moment in new[] { 0, 150, 400, 800, 1500 })
        {
            var (exitCode, output) = await RunAsync(TimeSpan.FromMilliseconds(moment), "sweep", "busy");

            Assert.Equal(committed, Snapshot(Path.Combine(results, "busy")));
            Assert.DoesNotContain(Directory.GetDirectories(results), d => Path.GetFileName(d).StartsWith(".busy.new-", StringComparison.Ordinal));
            // Before the program has set up its handler, Ctrl+C ends it at once, with nothing to say: only a handled one is reported.
            Assert.Contains(exitCode, new[] { ExitCodes.Success, ExitCodes.Interrupted });
            if (output.Contains("Interrupted:", StringComparison.Ordinal))
            {
                Assert.Contains("is as it was", output, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(results, "busy.interrupted", "runs.csv")));
            }
        }
    }

    [InterruptibleFact]
    public async Task Experiment_InterruptedAtAnyMoment_LeavesItsRunsAndTablesAndNoRunBehind()
    {
        Assert.Equal(ExitCodes.Success, (await RunAsync(null, "experiments", "short")).ExitCode);
        var experiments = Path.Combine(_repository.Path, "experiments");
        var committed = Snapshot(experiments, skip: ".interrupted");

        foreach (var moment in new[] { 300, 1200, 2500, 4000 })
        {
            var (exitCode, output) = await RunAsync(TimeSpan.FromMilliseconds(moment), "experiments", "short");

            Assert.Empty(ProcessesIn(_repository.Path));
            if (exitCode == ExitCodes.Success)
            {
                // Ctrl+C came after the command had finished: its new results are whole, runs, twin and tables.
                committed = Snapshot(experiments, skip: ".interrupted");
                Assert.Equal(2, Directory.GetDirectories(Path.Combine(experiments, "results", "short")).Length);
                Assert.Contains(committed, f => f.StartsWith(Path.Combine("results", "short", "RESULTS.md"), StringComparison.Ordinal));
                continue;
            }

            Assert.Equal(ExitCodes.Interrupted, exitCode);
            Assert.Equal(committed, Snapshot(experiments, skip: ".interrupted"));
            if (output.Contains("Interrupted:", StringComparison.Ordinal))
            {
                Assert.Contains("the committed results and the tables are as they were", output, StringComparison.Ordinal);
            }
        }
    }

    [InterruptibleFact]
    public async Task QuickBench_InterruptedOrNot_NeverTouchesTheCommittedFigures()
    {
        var bench = Path.Combine(_repository.Path, "experiments", "bench");
        _repository.Write(Path.Combine("experiments", "bench", "results.md"), "# committed figures\n");
        _repository.Write(Path.Combine("experiments", "bench", "results.json"), "{ \"committed\": true }\n");
        var committed = Snapshot(bench, skip: BenchCommand.ResultsFolder(_repository.Path, quick: true));

        foreach (var moment in new[] { 200, 2000 })
        {
            await RunAsync(TimeSpan.FromMilliseconds(moment), "bench", "--quick");

            Assert.Equal(committed, Snapshot(bench, skip: BenchCommand.ResultsFolder(_repository.Path, quick: true)));
            Assert.Empty(ProcessesIn(_repository.Path));
        }

        Assert.Equal(Path.Combine(_repository.Path, "experiments", "bench", "quick"), BenchCommand.ResultsFolder(_repository.Path, quick: true));
    }

    [InterruptibleFact]
    public async Task CtrlCDuringARunsAnalysis_SaysItWasSkippedAndHowToRedoIt()
    {
        // A virtual run of a million events: it is written in about a second, and its analysis takes several more.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _repository.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            ProgramUnderTest.Assembly, "--Simulation:Engine=Virtual", "--Simulation:Seed=1", "--Simulation:DurationSeconds=60",
            "--Simulation:Machines=16", "--Simulation:MinTickRate=1000", "--Simulation:MaxTickRate=1000",
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("Run folder:", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        SelfProcess.Interrupt(process);
        var rest = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        var folder = line["Run folder: ".Length..];
        Assert.Contains($"the analysis was skipped (Ctrl+C); the run folder {folder} is complete. Analyse it with: dotnet run --project ClockSim -- analyze {folder}",
            await error, StringComparison.Ordinal);
        Assert.DoesNotContain("Verdict:", rest, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_repository.Path, folder, "run.json")));
    }

    /// <summary>Every file under <paramref name="folder"/> with its hash, but those whose path contains <paramref name="skip"/>.</summary>
    private static IReadOnlyList<string> Snapshot(string folder, string? skip = null) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => skip is null || !f.Contains(skip, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))];

    /// <summary>The processes whose command line names <paramref name="folder"/>: runs an interrupted command would have orphaned.</summary>
    private static IReadOnlyList<int> ProcessesIn(string folder) =>
        [.. Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(d => int.TryParse(d, out _)).Select(int.Parse!)
            .Where(pid => pid != Environment.ProcessId && CommandLineOf(pid).Contains(folder, StringComparison.Ordinal))];

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Runs the program in the repository; after <paramref name="interruptAfter"/>, if it is still running, Ctrl+C.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(TimeSpan? interruptAfter, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _repository.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ProgramUnderTest.Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (interruptAfter is { } after)
        {
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(after));
            SelfProcess.Interrupt(process);
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output + await error);
    }
}
