using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Run;
using ClockSim.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ClockSim.Tests.Recording;

public sealed class RunFolderTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private static readonly FakeTimeProvider Noon = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    private string CreateFolder() => RunFolder.Create(RunPlan.Create(new SimulationOptions { Seed = 5 }), new OutputLocation(_root.Path), Noon).Path;

    [Fact]
    public void Create_SameSeedInTheSameSecondFromManyThreadsAtOnce_GivesEachRunAFolderOfItsOwn()
    {
        // Dedicated threads, released together: a barrier on thread-pool threads would wait for the pool to grow.
        using var start = new Barrier(8);
        var folders = new string[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            folders[i] = CreateFolder();
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(
            ["20261126-120000-seed5", .. Enumerable.Range(2, 7).Select(n => $"20261126-120000-seed5-{n}")],
            folders.Select(Path.GetFileName).Order(StringComparer.Ordinal).OrderBy(name => name!.Length));
        Assert.All(folders, folder => Assert.True(Directory.Exists(folder), folder));
    }

    [Fact]
    public void APlanAlone_TouchesNoDisk()
    {
        var plan = RunPlan.Create(new SimulationOptions { Seed = 5, OutputDirectory = Path.Combine(_root.Path, "runs") });

        Assert.Equal(5, plan.Seed);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root.Path));
    }
}
