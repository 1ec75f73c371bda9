using ClockSim.Analysis;
using ClockSim.Configuration;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Integration;

/// <summary>Whole virtual runs through the host, as <c>--Simulation:Engine=Virtual</c> runs them: exact, so asserted exactly.</summary>
public sealed class VirtualRunTests
{
    private static readonly string[] Seed42 = ["--Simulation:Engine=Virtual", "--Simulation:Seed=42"];

    private static readonly string[] Seed42Aligned = [.. Seed42, "--Simulation:Phases=Aligned"];

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
        var folder = await RunAsync(Seed42Aligned);
        try
        {
            Assert.Equal(
                [
                    "Machine,Tick,SystemTime,ElapsedMs,Event,LogicalClock,Jump,QueueLength,Peer,MessageId,MessageClock,PhysicalMs,Hlc,VectorClock",
                    "1,1,2000-01-01T00:00:00.250Z,250,Send,1,1,0,2,1-1,1,250,250:0,1;0;0",
                    "1,2,2000-01-01T00:00:00.500Z,500,Internal,2,1,0,,,,500,500:0,2;0;0",
                    "1,3,2000-01-01T00:00:00.750Z,750,Send,3,1,0,3,1-2,3,750,750:0,3;0;0",
                    "1,4,2000-01-01T00:00:01.000Z,1000,Send,4,1,0,3,1-3,4,1000,1000:0,4;0;0",
                    "1,5,2000-01-01T00:00:01.250Z,1250,Receive,5,1,0,2,2-1,3,1250,1250:0,5;2;0",
                    "1,6,2000-01-01T00:00:01.500Z,1500,Internal,6,1,0,,,,1500,1500:0,6;2;0",
                    "1,7,2000-01-01T00:00:01.750Z,1750,Receive,7,1,0,2,2-2,4,1750,1750:0,7;3;0",
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
    public async Task Run_Seed42WithRandomPhases_StartsWithThePinnedEvents()
    {
        // Golden, as above, for the default phases: machine 1 starts 86.314836 ms into its first period of 250 ms.
        var folder = await RunAsync(Seed42);
        try
        {
            Assert.Equal(
                [
                    "Machine,Tick,SystemTime,ElapsedMs,Event,LogicalClock,Jump,QueueLength,Peer,MessageId,MessageClock,PhysicalMs,Hlc,VectorClock",
                    "1,1,2000-01-01T00:00:00.336Z,336.315,Send,1,1,0,2,1-1,1,336.314,336.314:0,1;0;0",
                    "1,2,2000-01-01T00:00:00.586Z,586.315,Internal,2,1,0,,,,586.314,586.314:0,2;0;0",
                    "1,3,2000-01-01T00:00:00.836Z,836.315,Send,3,1,0,3,1-2,3,836.314,836.314:0,3;0;0",
                    "1,4,2000-01-01T00:00:01.086Z,1086.315,Send,4,1,0,3,1-3,4,1086.314,1086.314:0,4;0;0",
                    "1,5,2000-01-01T00:00:01.336Z,1336.315,Internal,5,1,0,,,,1336.314,1336.314:0,5;0;0",
                    "1,6,2000-01-01T00:00:01.586Z,1586.315,Receive,6,1,0,2,2-1,3,1586.314,1586.314:0,6;2;0",
                ],
                File.ReadLines(Path.Combine(folder, "machine-1.csv")).Take(7));
            var manifest = RunManifestJson.Read(folder);
            Assert.Equal(StartPhases.Random, manifest.Options.Phases);
            Assert.Equal([86.314836, 428.774399, 184.77662], manifest.Machines.Select(m => m.PhaseMs));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RandomPhases_AgainstAligned_MoveEveryTickButDrawTheSameActions()
    {
        var aligned = await RunAsync(Seed42Aligned);
        var random = await RunAsync(Seed42);
        try
        {
            var alignedManifest = RunManifestJson.Read(aligned);
            var randomManifest = RunManifestJson.Read(random);
            Assert.Equal(alignedManifest.Options.TickRates, randomManifest.Options.TickRates);
            Assert.All(alignedManifest.Machines, m => Assert.Equal(0, m.PhaseMs));
            foreach (var machine in randomManifest.Machines)
            {
                var alignedRows = EventCsvReader.Events(Path.Combine(aligned, machine.EventsFile)).ToArray();
                var randomRows = EventCsvReader.Events(Path.Combine(random, machine.EventsFile)).ToArray();

                // Tick k at the phase plus k / rate, against k / rate.
                var period = 1000 / machine.TickRate;
                Assert.All(randomRows, r => Assert.Equal(machine.PhaseMs + (r.Tick * period), r.ElapsedMs, 3));
                Assert.All(alignedRows, r => Assert.Equal(r.Tick * period, r.ElapsedMs, 3));

                // A tick that finds its queue empty draws the next action of the machine's own stream: the actions drawn,
                // in order, are the same with either phases (one run may draw a few more than the other).
                var alignedActions = alignedRows.Where(r => r.Kind != EventKind.Receive).Select(r => (r.Kind, r.Peers.ToString())).ToArray();
                var randomActions = randomRows.Where(r => r.Kind != EventKind.Receive).Select(r => (r.Kind, r.Peers.ToString())).ToArray();
                var shared = Math.Min(alignedActions.Length, randomActions.Length);
                Assert.True(shared > 20, $"machine {machine.Id} drew only {shared} actions");
                Assert.Equal(alignedActions.Take(shared), randomActions.Take(shared));
            }
        }
        finally
        {
            Directory.Delete(aligned, recursive: true);
            Directory.Delete(random, recursive: true);
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
