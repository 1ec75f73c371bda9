using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Rules;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Integration;

/// <summary>
/// Whole runs with the machines' own clocks set apart, drifting and synchronised by Cristian's algorithm, on both engines:
/// they write PhysicalMs, Hlc and sync.csv, and the verdict checks and keeps the three HLC rules.
/// </summary>
public sealed class ClockRunTests
{
    private static readonly string[] Clocks =
    [
        "--Simulation:Clocks:Physical:MaxOffsetMs=50", "--Simulation:Clocks:Physical:MaxDriftPpm=100", "--Simulation:Clocks:Sync:Method=Cristian",
        "--Simulation:Clocks:Sync:IntervalSeconds=0.5",
    ];

    [Theory]
    [InlineData("Virtual")]
    [InlineData("Sockets")]
    public async Task RunWithOffsetsDriftAndCristian_WritesTheClocksAndKeepsTheHlcRules(string engine)
    {
        using var harness = new SimulationHarness(
        [
            $"--Simulation:Engine={engine}", "--Simulation:DurationSeconds=2", "--Simulation:Seed=11",
            "--Simulation:TickRates:0=40", "--Simulation:TickRates:1=30", "--Simulation:TickRates:2=20", .. Clocks,
        ]);

        var run = await harness.RunToEndAsync();

        VerdictOf.AssertValid(run);
        Assert.Empty(run.Verdict.NotChecked);
        Assert.All(Verdict.HlcRules, rule => Assert.Contains(rule, run.Verdict.Checked));
        Assert.Contains(nameof(EventRow.PhysicalMs), File.ReadLines(Path.Combine(run.Folder, "machine-1.csv")).First(), StringComparison.Ordinal);

        // Machine 1 is the time server and never asks; each other machine asked at 0.5, 1, 1.5 and 2 s, and was answered
        // (over loopback or 0.1 ms of virtual time) every time but, perhaps, the last, whose reply would come after the end.
        var manifest = run.Manifest;
        Assert.Equal(0, manifest.Machines[0].SyncRequests);
        Assert.All(manifest.Machines.Skip(1), m => Assert.Equal(4, m.SyncRequests));
        Assert.All(manifest.Machines.Skip(1), m => Assert.InRange(m.SyncAdjustments, 3, 4));
        var sync = SyncCsv.Read(run.Folder);
        Assert.Equal(manifest.Machines.Sum(m => m.SyncAdjustments), sync.Count);
        Assert.All(sync, row => Assert.Equal(row.AfterMs - row.BeforeMs, row.StepMs));
        Assert.All(manifest.Machines, m => Assert.InRange(m.ClockOffsetMs, -50, 50));
        Assert.Equal(sync.Count, run.Clocks!.Sync!.Adjustments);
    }

    [Fact]
    public async Task VirtualRun_WithClocksOn_DrawsTheSameActionsDelaysAndLosses()
    {
        // Offsets, drifts and the synchronisation's messages draw from streams of their own: every column but PhysicalMs and
        // Hlc, and undelivered.csv, are as in the same run without them.
        string[] network = ["--Simulation:Engine=Virtual", "--Simulation:Seed=42", "--Simulation:DurationSeconds=20",
            "--Simulation:Network:Delay:Distribution=Exponential", "--Simulation:Network:Delay:MeanMs=80", "--Simulation:Network:Delay:MinMs=5",
            "--Simulation:Network:LossRate=0.1", "--Simulation:Network:Fifo=false"];
        using var plain = new SimulationHarness(network);
        using var clocks = new SimulationHarness([.. network, .. Clocks]);

        await plain.RunToEndAsync();
        var withClocks = await clocks.RunToEndAsync();

        VerdictOf.AssertValid(withClocks);
        Assert.True(withClocks.Clocks!.Sync!.Adjustments > 0);
        for (var machine = 1; machine <= 3; machine++)
        {
            Assert.Equal(WithoutClocks(plain.Folder, machine), WithoutClocks(clocks.Folder, machine));
        }

        Assert.Equal(File.ReadAllText(Path.Combine(plain.Folder, UndeliveredCsv.FileName)), File.ReadAllText(Path.Combine(clocks.Folder, UndeliveredCsv.FileName)));
        Assert.False(File.Exists(Path.Combine(plain.Folder, SyncCsv.FileName)));
    }

    [Fact]
    public async Task VirtualRun_LargeOffsets_PhysicalTimeGetsCausalityWrong_TheHlcNever()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=7", "--Simulation:DurationSeconds=30",
            "--Simulation:Clocks:Physical:MaxOffsetMs=1000");

        var run = await harness.RunToEndAsync();

        VerdictOf.AssertValid(run);
        var c = run.Clocks!;
        Assert.True(c.Physical.Wrong > 0, "physical time never stamped an effect before its cause");
        Assert.True(c.ReceivedBeforeSent > 0);
        Assert.Equal(0, c.Hlc.Wrong);
        Assert.True(c.HlcLargestAheadMs <= c.SkewMs + c.ResolutionMs);
        Assert.True(c.HlcMaxCounter > 0);
    }

    [Fact]
    public async Task RunWithTooManyPairsToCompareEach_ComparesTheSeededSample_AndStillKeepsHlcCausality()
    {
        // 3 machines × 60 ticks/s × 30 s: about 9.7 million pairs of events on different machines, above the 5 million compared one by one.
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=3", "--Simulation:DurationSeconds=30",
            "--Simulation:TickRates:0=60", "--Simulation:TickRates:1=60", "--Simulation:TickRates:2=60", "--Simulation:Clocks:Physical:MaxOffsetMs=200");

        var run = await harness.RunToEndAsync();

        VerdictOf.AssertValid(run);
        var c = run.Clocks!;
        Assert.False(c.Exact);
        Assert.InRange(c.PairsCompared, CausalityCounter.SampleSize * 9 / 10, CausalityCounter.SampleSize);
        Assert.True(c.HappenedBefore > 0);
        Assert.Equal(0, c.Hlc.Wrong);
        Assert.True(c.Physical.Wrong > 0);
    }

    private static string[] WithoutClocks(string folder, int machine) =>
        [.. File.ReadLines(Path.Combine(folder, $"machine-{machine}.csv")).Select(line =>
        {
            var fields = line.Split(',');
            return string.Join(',', [.. fields[..^3], fields[^1]]);
        })];
}
