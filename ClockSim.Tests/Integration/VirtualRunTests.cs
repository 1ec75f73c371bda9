using ClockSim.Analysis;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Integration;

/// <summary>Whole virtual runs through the host, as <c>--Simulation:Engine=Virtual</c> runs them: exact, so asserted exactly.</summary>
public sealed class VirtualRunTests
{
    private static readonly string[] Seed42 = ["--Simulation:Engine=Virtual", "--Simulation:Seed=42"];

    private static async Task<string> RunAsync(params string[] args)
    {
        using var harness = new SimulationHarness(args);
        await harness.RunToEndAsync();
        var folder = Path.Combine(Path.GetTempPath(), "clocksim-virtual-" + Guid.NewGuid().ToString("N"));
        CopyFolder(harness.Folder, folder);
        return folder;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task Run_TwiceWithTheSameSeed_WritesByteIdenticalValidCsvs()
    {
        var first = await RunAsync(Seed42);
        var second = await RunAsync(Seed42);
        try
        {
            var manifest = RunManifestJson.Read(first);
            Assert.Equal("completed", manifest.EndReason);
            Assert.Equal(60, manifest.ElapsedSeconds);
            Assert.NotNull(manifest.WallSeconds);
            Assert.All(manifest.Machines, m => Assert.Null(m.Port));
            foreach (var machine in manifest.Machines)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(first, machine.EventsFile)), File.ReadAllBytes(Path.Combine(second, machine.EventsFile)));
            }

            var verdict = RunFolderAnalysis.Analyze(first, default).Verdict;
            Assert.True(verdict.IsValid, string.Join("\n", verdict.First));
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public async Task Run_Seed42_StartsWithThePinnedEvents()
    {
        // Golden: the first events of a known seed. A change to the random streams, the rules, the event order or the
        // CSV format changes them; then this test must be updated on purpose, and the README's replay promise noted.
        var folder = await RunAsync(Seed42);
        try
        {
            Assert.Equal(
                [
                    "Machine,Tick,SystemTime,ElapsedMs,Event,LogicalClock,Jump,QueueLength,Peer,MessageId,MessageClock,VectorClock",
                    "1,1,2000-01-01T00:00:00.250Z,250,Send,1,1,0,2,1-1,1,1;0;0",
                    "1,2,2000-01-01T00:00:00.500Z,500,Internal,2,1,0,,,,2;0;0",
                    "1,3,2000-01-01T00:00:00.750Z,750,Send,3,1,0,3,1-2,3,3;0;0",
                    "1,4,2000-01-01T00:00:01.000Z,1000,Send,4,1,0,3,1-3,4,4;0;0",
                    "1,5,2000-01-01T00:00:01.250Z,1250,Receive,5,1,0,2,2-1,3,5;2;0",
                    "1,6,2000-01-01T00:00:01.500Z,1500,Internal,6,1,0,,,,6;2;0",
                    "1,7,2000-01-01T00:00:01.750Z,1750,Receive,7,1,0,2,2-2,4,7;3;0",
                ],
                File.ReadLines(Path.Combine(folder, "machine-1.csv")).Take(8));
            Assert.Equal([4.0, 2.0, 5.0], RunManifestJson.Read(folder).Options.TickRates);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StopMidRun_EndsInterruptedWithCompleteValidFiles()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=3", "--Simulation:DurationSeconds=86400",
            "--Simulation:TickRates:0=1000", "--Simulation:TickRates:1=1000", "--Simulation:TickRates:2=10");
        await harness.Host.StartAsync();
        await SimulationHarness.WaitUntilAsync(() => harness.Machines[2].Stats.Ticks >= 50, TimeSpan.FromSeconds(30));

        await harness.Host.StopAsync();

        var manifest = RunManifestJson.Read(harness.Folder);
        Assert.Equal("interrupted", manifest.EndReason);
        Assert.InRange(manifest.ElapsedSeconds, 5, 86_000);
        Assert.Empty(Directory.GetFiles(harness.Folder, "*.partial"));
        var verdict = RunFolderAnalysis.Analyze(harness.Folder, default).Verdict;
        Assert.True(verdict.IsValid, string.Join("\n", verdict.First));
    }
}
