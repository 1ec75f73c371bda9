using ClockSim.Configuration;
using ClockSim.Run;
using ClockSim.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ClockSim.Tests.Run;

public sealed class RunPlanFolderTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private RunPlan Plan(bool createFolder) => RunPlan.Create(
        new SimulationOptions { Seed = 5 },
        new OutputLocation(_root.Path),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)),
        createFolder);

    [Fact]
    public void Create_SameSeedInTheSameSecondFromManyThreadsAtOnce_GivesEachRunAFolderOfItsOwn()
    {
        // Dedicated threads, released together: a barrier on thread-pool threads would wait for the pool to grow.
        using var start = new Barrier(8);
        var folders = new string[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            folders[i] = Plan(createFolder: true).Folder;
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
    public void Create_WithoutCreatingTheFolder_OnlyNamesAFreeOne()
    {
        var created = Plan(createFolder: true).Folder;

        var named = Plan(createFolder: false).Folder;

        Assert.Equal(created + "-2", named);
        Assert.False(Directory.Exists(named));
    }
}
