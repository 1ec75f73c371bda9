using System.Security.Cryptography;
using ClockSim.Cli;
using ClockSim.Configuration;
using ClockSim.Sweeps;
using ClockSim.Sweeps.Shards;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Sweeps.Shards;

/// <summary>
/// Shards run in this process and merged: the merge takes only the whole sweep, and refuses, in one sentence naming the
/// shard, a shard missing, interrupted, overlapping another, of another sweep file, of another version, or of another N.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ShardMergeTests : IDisposable
{
    private const string Tiny = """
        {
          "Sweep": { "Title": "Tiny", "Seeds": { "First": 1, "Count": 6 }, "Axes": { "Weights:Internal": [7, 3] } },
          "Simulation": { "DurationSeconds": 3, "TickRates": [2, 5, 6] }
        }
        """;

    private readonly TempDirectory _folder = new();

    public ShardMergeTests() => _folder.Write("tiny.json", Tiny);

    public void Dispose() => _folder.Dispose();

    private string Shards => Path.Combine(_folder.Path, "results", "tiny" + ShardFolders.Suffix);

    private string Shard(int k) => Path.Combine(Shards, $"{k}-of-4");

    private async Task<int> Sweep(params string[] args)
    {
        var parsed = CommandLine.Parse(["sweep", .. args], _folder.Path);
        Assert.Null(parsed.Mistake);
        return await parsed.Result.InvokeAsync();
    }

    private async Task RunShards(int n = 4)
    {
        for (var k = 1; k <= n; k++)
        {
            Assert.Equal(ExitCodes.Success, await Sweep("tiny.json", "--shard", $"{k}/{n}"));
        }
    }

    private string MergeRefusal()
    {
        var error = Assert.Throws<SettingsException>(() => SweepCommand.Merge(_folder.Path, "tiny.json", null));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "results", "tiny")));
        return Assert.Single(error.Problems);
    }

    private SweepFile File() => SweepFileReader.Load(Path.Combine(_folder.Path, "tiny.json"));

    [Fact]
    public async Task Shard_WritesItsRowsAndAManifest_BesideTheResults()
    {
        await RunShards();

        var manifest = ShardManifestJson.Read(Shard(2));
        Assert.Equal(("tiny", "tiny.json", 2, 4, 12), (manifest.Sweep, manifest.SweepFile, manifest.Shard, manifest.Shards, manifest.Runs));
        Assert.Equal(new ShardRunNumbers(2, 4, 3), manifest.RunNumbers);
        Assert.Equal((3, false), (manifest.Finished, manifest.Interrupted));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(Path.Combine(_folder.Path, "tiny.json")))), manifest.SweepFileSha256);
        Assert.Equal(ProgramVersion.Text, manifest.ProgramVersion);
        // Runs 2, 6 and 10: combination 1 seeds 2 and 6, combination 2 seed 4; three machines each.
        string[] rows = [.. System.IO.File.ReadLines(Path.Combine(Shard(2), RunsCsv.FileName)).Skip(1).Select(r => string.Join(',', r.Split(',')[..3]))];
        Assert.Equal(["1,2,1", "1,2,2", "1,2,3", "1,6,1", "1,6,2", "1,6,3", "2,4,1", "2,4,2", "2,4,3"], rows);
    }

    [Fact]
    public async Task Merge_OfEveryShard_WritesWhatTheWholeSweepWrites_AndAWholeSweepKeepsTheShards()
    {
        await RunShards();
        Assert.Equal(ExitCodes.Success, SweepCommand.Merge(_folder.Path, "tiny.json", null));
        var results = Path.Combine(_folder.Path, "results", "tiny");
        var merged = Snapshot(results);

        Assert.Equal(ExitCodes.Success, await Sweep("tiny.json"));

        Assert.Equal(Snapshot(results), merged);
        Assert.Contains("queue-growth.png", merged.Select(f => f.Split(' ')[0]));
        Assert.Equal(4, Directory.GetDirectories(Shards).Length);
    }

    [Fact]
    public async Task Merge_WithAShardMissing_NamesIt()
    {
        await RunShards();
        Directory.Delete(Shard(3), recursive: true);

        Assert.Equal("shard 3 of 4 is missing: there is no results/tiny.shards/3-of-4; run sweep tiny.json --shard 3/4.", MergeRefusal());
    }

    [Fact]
    public async Task Merge_WithShardsOverlapping_NamesTheRunAndItsShard()
    {
        await RunShards();
        var first = System.IO.File.ReadLines(Path.Combine(Shard(1), RunsCsv.FileName)).Skip(1).Take(3);
        System.IO.File.AppendAllLines(Path.Combine(Shard(2), RunsCsv.FileName), first);

        Assert.Equal("shard 2 of 4 holds run 1 (combination 1, seed 1), which is shard 1's: the shards overlap.", MergeRefusal());
    }

    [Fact]
    public async Task Merge_WithARunTwice_NamesIt()
    {
        await RunShards();
        var own = System.IO.File.ReadLines(Path.Combine(Shard(2), RunsCsv.FileName)).Skip(1).Take(3);
        System.IO.File.AppendAllLines(Path.Combine(Shard(2), RunsCsv.FileName), own);

        Assert.Equal("shard 2 of 4 holds run 2 (combination 1, seed 2) twice.", MergeRefusal());
    }

    [Theory]
    [InlineData("figure", "runs.csv: ClockRate is 'x', which is not a number.")]
    [InlineData("machine", "runs.csv: combination 1, seed 2 has 2 machines where 3 were due.")]
    [InlineData("rate", "runs.csv: combination 1, seed 2, machine 1 has TickRate 0, which no machine can have.")]
    public async Task Merge_OfAShardWithADamagedRow_NamesTheFileAndTheRow(string damage, string expected)
    {
        await RunShards();
        var path = Path.Combine(Shard(2), RunsCsv.FileName);
        var lines = System.IO.File.ReadAllLines(path).ToList();
        var columns = lines[0].Split(',');
        var cells = lines[1].Split(',');
        switch (damage)
        {
            case "figure":
                cells[Array.IndexOf(columns, "ClockRate")] = "x";
                lines[1] = string.Join(',', cells);
                break;
            case "machine":
                lines.RemoveAt(3);
                break;
            default:
                cells[Array.IndexOf(columns, "TickRate")] = "0";
                lines[1] = string.Join(',', cells);
                break;
        }

        System.IO.File.WriteAllLines(path, lines);

        Assert.EndsWith(expected, MergeRefusal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shard_Interrupted_KeepsTheCompleteShard_AndAMergeRefusesTheInterruptedOne()
    {
        await RunShards();
        var complete = Snapshot(Shard(2));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var outcome = await ShardSession.RunAsync(File(), new SweepSlice(2, 4), Shards, new TestConsole().Console, cancel.Token);

        Assert.Equal((Shard(2) + ".interrupted", true, 0), (outcome.Folder, outcome.Manifest.Interrupted, outcome.Manifest.Finished));
        Assert.Equal(complete, Snapshot(Shard(2)));
        Directory.Delete(Shard(2), recursive: true);
        Assert.Equal("shard 2 of 4 was interrupted (results/tiny.shards/2-of-4.interrupted); run it again: sweep tiny.json --shard 2/4.", MergeRefusal());
    }

    [Fact]
    public async Task Merge_OfAShardMarkedInterrupted_IsRefused()
    {
        await RunShards();
        ShardManifestJson.Write(Shard(4), ShardManifestJson.Read(Shard(4)) with { Finished = 1, Interrupted = true });

        Assert.Equal("shard 4 of 4 was interrupted: 1 of 3 runs finished; run it again: sweep tiny.json --shard 4/4.", MergeRefusal());
    }

    [Fact]
    public async Task Merge_AfterTheSweepFileChanged_RefusesTheShardsOfTheOldFile()
    {
        await RunShards();
        _folder.Write("tiny.json", Tiny.Replace("\"Tiny\"", "\"Tiny, retitled\"", StringComparison.Ordinal));

        Assert.StartsWith("shard 1 of 4 is of another sweep file: it ran a file of SHA-256 ", MergeRefusal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_OfAShardOfAnotherVersion_IsRefused()
    {
        await RunShards();
        ShardManifestJson.Write(Shard(3), ShardManifestJson.Read(Shard(3)) with { ProgramVersion = "0.9.0" });

        Assert.Equal($"shard 3 of 4 was run by ClockSim 0.9.0, and this is {ProgramVersion.Text}; run every shard, and the merge, with one version.", MergeRefusal());
    }

    [Fact]
    public async Task Merge_OfShardsOfDifferentN_IsRefused()
    {
        await RunShards();
        Assert.Equal(ExitCodes.Success, await Sweep("tiny.json", "--shard", "1/3"));

        Assert.Equal("the shards in results/tiny.shards/ are of different N (1-of-3, 1-of-4); keep the shards of one N.", MergeRefusal());
    }

    [Fact]
    public void Merge_WithoutShards_SaysHowToRunThem()
    {
        Assert.Equal("there are no shards of tiny.json in results/tiny.shards/; run sweep tiny.json --shard K/N for each K first.", MergeRefusal());
    }

    [Fact]
    public async Task Shard_MoreShardsThanRuns_IsRefused()
    {
        var error = await Assert.ThrowsAsync<SettingsException>(() => SweepCommand.RunAsync(_folder.Path, "tiny.json", keepRuns: false, "1/13", shardDir: null));

        Assert.Equal("--shard 1/13: tiny.json has 12 runs, so at most 12 shards; give fewer.", Assert.Single(error.Problems));
    }

    /// <summary>Every file under <paramref name="folder"/> with its hash.</summary>
    private static IReadOnlyList<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(f))))];
}
