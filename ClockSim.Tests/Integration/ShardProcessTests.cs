using System.Diagnostics;
using System.Security.Cryptography;
using ClockSim.Sweeps.Shards;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Integration;

/// <summary>
/// A sweep split into 4 shards, each run by a process of its own at the same time, as a scheduler's tasks would, then
/// merged: the results are byte for byte those of the same sweep run whole in one process, for a sweep given by name
/// and for one given as a file with its shards on a shared folder; a merge short of a shard is refused in one line.
/// </summary>
public sealed class ShardProcessTests : IDisposable
{
    private readonly TempDirectory _repository = new();

    public ShardProcessTests()
    {
        _repository.Write("appsettings.json", """{ "Simulation": { "OutputDirectory": "runs" } }""");
        _repository.Write(Path.Combine("experiments", "sweeps", "tiny.json"), """
            {
              "Sweep": { "Title": "Tiny", "Seeds": { "First": 1, "Count": 6 }, "Axes": { "TickRates": [[1, 6, 6], [2, 6, 6], [3, 6, 6]] } },
              "Simulation": { "DurationSeconds": 5 }
            }
            """);
        _repository.Write(Path.Combine("elsewhere", "two-axes.json"), """
            {
              "Sweep": { "Seeds": [5, 1, 9], "Axes": { "Weights:Internal": [7, 3], "Network:LossRate": [0, 0.1] } },
              "Simulation": { "DurationSeconds": 4, "Machines": 4 }
            }
            """);
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task FourShardProcesses_FromIndexedJobIndices_MergeIntoTheOneProcessSweep()
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, 4).Select(index =>
            RunAsync([(ShardArgument.KubernetesVariable, index.ToString(System.Globalization.CultureInfo.InvariantCulture))], "sweep", "tiny", "--shard", "env/4")));
        Assert.All(shards, shard => Assert.Equal(ExitCodes.Success, shard.ExitCode));
        Assert.Equal(ExitCodes.Success, (await RunAsync([], "sweep", "merge", "tiny")).ExitCode);
        var results = Path.Combine(_repository.Path, "experiments", "sweeps", "results", "tiny");
        var merged = Snapshot(results);

        Assert.Equal(ExitCodes.Success, (await RunAsync([], "sweep", "tiny")).ExitCode);

        Assert.Equal(Snapshot(results), merged);
        Assert.Contains(merged, f => f.StartsWith("runs.csv ", StringComparison.Ordinal));
        Assert.Contains(merged, f => f.StartsWith("summary.json ", StringComparison.Ordinal));
        Assert.Contains(merged, f => f.StartsWith("queue-growth.png ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FourShardProcesses_OfAFileWithAShardDir_MergeIntoTheOneProcessSweep()
    {
        var file = Path.Combine("elsewhere", "two-axes.json");
        var shards = await Task.WhenAll(Enumerable.Range(1, 4).Select(k =>
            RunAsync([(ShardArgument.SlurmVariable, k.ToString(System.Globalization.CultureInfo.InvariantCulture))], "sweep", file, "--shard", "env/4", "--shard-dir", "shared")));
        Assert.All(shards, shard => Assert.Equal(ExitCodes.Success, shard.ExitCode));
        Assert.Equal(["1-of-4", "2-of-4", "3-of-4", "4-of-4"], Directory.GetDirectories(Path.Combine(_repository.Path, "shared")).Select(Path.GetFileName).Order());
        Assert.Equal(ExitCodes.Success, (await RunAsync([], "sweep", "merge", file, "--shard-dir", "shared")).ExitCode);
        var results = Path.Combine(_repository.Path, "elsewhere", "results", "two-axes");
        var merged = Snapshot(results);

        Assert.Equal(ExitCodes.Success, (await RunAsync([], "sweep", file)).ExitCode);

        Assert.Equal(Snapshot(results), merged);
        Assert.Contains(merged, f => f.StartsWith("false-order.png ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merge_ShortOfAShard_IsRefusedInOneLine_WithExitCode2()
    {
        foreach (var k in new[] { 1, 2, 4 })
        {
            Assert.Equal(ExitCodes.Success, (await RunAsync([], "sweep", "tiny", "--shard", $"{k}/4")).ExitCode);
        }

        var (exitCode, output, error) = await RunAsync([], "sweep", "merge", "tiny");

        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Equal("", output);
        Assert.Equal(
            "error: shard 3 of 4 is missing: there is no experiments/sweeps/results/tiny.shards/3-of-4; run sweep experiments/sweeps/tiny.json --shard 3/4.\n",
            error);
        Assert.False(Directory.Exists(Path.Combine(_repository.Path, "experiments", "sweeps", "results", "tiny")));
    }

    [SlurmFact]
    public async Task SlurmArrayScript_RunsTheShardsAndTheMerge_IntoTheOneProcessSweep()
    {
        var script = Path.Combine(ProgramUnderTest.RepositoryRoot(), "experiments", "sweeps", "cluster", "slurm-array.sh");
        var results = Path.Combine(_repository.Path, "experiments", "sweeps", "results", "tiny");
        var submit = Start([("CLOCKSIM", $"dotnet {ProgramUnderTest.Assembly}")], "sbatch", "--wait", script, "tiny");

        var (exitCode, output, error) = await WaitAsync(submit, TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, $"sbatch: {output}{error}");
        // The merge is a job of its own that starts once the array is done: wait for the last file it writes.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!File.Exists(Path.Combine(results, "summary.md")))
        {
            await Task.Delay(200, timeout.Token);
        }

        var merged = Snapshot(results);
        Assert.Equal(ExitCodes.Success, (await RunAsync([], "sweep", "tiny")).ExitCode);
        Assert.Equal(Snapshot(results), merged);
    }

    /// <summary>Every file under <paramref name="folder"/> with its hash.</summary>
    private static IReadOnlyList<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))];

    /// <summary>Runs the program in the repository with <paramref name="variables"/> set, and none of a scheduler's own.</summary>
    private Task<(int ExitCode, string Output, string Error)> RunAsync((string Name, string Value)[] variables, params string[] args) =>
        WaitAsync(Start(variables, "dotnet", [ProgramUnderTest.Assembly, .. args]), TimeSpan.FromMinutes(1));

    private ProcessStartInfo Start((string Name, string Value)[] variables, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = _repository.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove(ShardArgument.SlurmVariable);
        start.Environment.Remove(ShardArgument.KubernetesVariable);
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static async Task<(int ExitCode, string Output, string Error)> WaitAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(timeout);
        return (process.ExitCode, await output, await error);
    }
}
