using ClockSim.Configuration;
using ClockSim.Engines.Sockets;
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

    private string CreateFolder() => RunFolder.Create(RunPlan.Create(new SimulationOptions { Seed = 5 }), new OutputLocation(_root.Path), Noon, sockets: 0).Path;

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
    public void ARunWhoseEventsCannotFitOnTheDisk_IsRefusedBeforeAnythingIsWritten()
    {
        // A day of a thousand machines at the fastest rate: petabytes of rows at the least, more than any disk here holds.
        var plan = RunPlan.Create(new SimulationOptions
        {
            Seed = 5, Engine = SimulationEngine.Virtual, Machines = SimulationOptions.MaxVirtualMachines, DurationSeconds = SimulationOptions.MaxDurationSeconds,
            MinTickRate = (int)SimulationOptions.MaxTickRateLimit, MaxTickRate = (int)SimulationOptions.MaxTickRateLimit, OutputDirectory = "runs",
        });

        var error = Assert.Throws<SettingsException>(() => RunFolder.Create(plan, new OutputLocation(_root.Path), Noon, sockets: 0));

        Assert.Matches(@"^the run would write 1\.77 PB of events at the least \(863,999,99\d,\d{3} ticks of 1000 machines\), but the disk that holds .*runs has [\d.]+ [kMGT]?B free; "
            + "shorten Simulation:DurationSeconds, or lower the tick rates or Simulation:Machines\\.$", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root.Path));
    }

    [Fact]
    public void ASocketRunThatNeedsMoreOpenFilesThanTheProcessMayHold_IsRefusedWithWhatItNeedsAndWhatToDo()
    {
        var plan = RunPlan.Create(new SimulationOptions { Seed = 5, Machines = 64 });

        var error = Assert.Throws<SettingsException>(() => RunFolder.RequireOpenFiles(plan, SocketEngine.Sockets(64), open: 100, limit: 1024));

        Assert.Equal("the run needs 4,324 files and sockets open at once: 64 machines' CSVs, 4,096 sockets (a listener for each machine and both ends of each pair's connection) "
            + "and 164 of the program's own; but this process may open 1,024 (its open-file limit, ulimit -n); raise the limit, lower Simulation:Machines, "
            + "or use the Virtual engine, which opens no sockets.", error.Message);
    }

    [Fact]
    public void AVirtualRunThatNeedsMoreOpenFilesThanTheProcessMayHold_IsRefusedForItsCsvsAlone()
    {
        var plan = RunPlan.Create(new SimulationOptions { Seed = 5, Engine = SimulationEngine.Virtual, Machines = 1000 });

        var error = Assert.Throws<SettingsException>(() => RunFolder.RequireOpenFiles(plan, sockets: 0, open: 100, limit: 1024));

        Assert.Equal("the run needs 1,164 files open at once: 1000 machines' CSVs and 164 of the program's own; but this process may open 1,024 "
            + "(its open-file limit, ulimit -n); raise the limit or lower Simulation:Machines.", error.Message);
    }

    [Theory]
    [InlineData(4324L, false)]
    [InlineData(4323L, true)]
    [InlineData(null, false)]
    public void TheOpenFileLimit_RefusesOnlyARunThatNeedsMoreThanIt(long? limit, bool refused)
    {
        var plan = RunPlan.Create(new SimulationOptions { Seed = 5, Machines = 64 });

        var error = Record.Exception(() => RunFolder.RequireOpenFiles(plan, SocketEngine.Sockets(64), open: 100, limit));

        Assert.Equal(refused, error is SettingsException);
    }

    [Fact]
    public async Task EveryRowOfARun_TakesAtLeastTheFewestBytesARowCanTake()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=11", "--Simulation:DurationSeconds=5",
            "--Simulation:Machines=4", "--Simulation:Network:LossRate=0.3");
        await harness.RunToEndAsync();

        var rows = Enumerable.Range(1, 4).SelectMany(id => File.ReadAllLines(Path.Combine(harness.Folder, $"machine-{id}.csv")).Skip(1)).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(row.Length + 1 >= EventRow.LeastBytes(4), row));
        Assert.Equal(EventRow.LeastBytes(4), "1,1,2000-01-01T00:00:00.000Z,0,Send,0,0,0,,,,0,0:0,0;0;0;0\n".Length);
    }

    [Fact]
    public void APlanAlone_TouchesNoDisk()
    {
        var plan = RunPlan.Create(new SimulationOptions { Seed = 5, OutputDirectory = Path.Combine(_root.Path, "runs") });

        Assert.Equal(5, plan.Seed);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root.Path));
    }
}
