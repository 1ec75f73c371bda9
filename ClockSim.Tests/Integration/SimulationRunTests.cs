using System.Net.Sockets;
using ClockSim.Engines.Sockets.Wire;
using Microsoft.Extensions.Hosting;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Integration;

/// <summary>Whole runs over real loopback sockets: short, fast, and judged by invariants rather than timings.</summary>
public sealed class SimulationRunTests
{
    private static readonly string[] FastRun =
    [
        "--Simulation:DurationSeconds=2", "--Simulation:Seed=11",
        "--Simulation:TickRates:0=60", "--Simulation:TickRates:1=45", "--Simulation:TickRates:2=30",
    ];

    [Fact]
    public async Task Run_ThreeFastMachines_ObeysEveryRule()
    {
        using var harness = new SimulationHarness(FastRun);

        var run = await harness.RunToEndAsync();

        VerdictOf.AssertValid(run);
        Assert.Equal("completed", run.Manifest.EndReason);
        // Tick k falls at the machine's phase plus k / rate: the ticks due by the end of the 2 s.
        Assert.Equal(
            run.Manifest.Machines.Select(m => (long)Math.Floor(((2000 - m.PhaseMs) * m.TickRate / 1000) + 1e-9)),
            run.Manifest.Machines.Select(m => m.Ticks));
        Assert.All(run.Manifest.Machines, m => Assert.InRange(m.PhaseMs, 0, 1000 / m.TickRate));
        Assert.All(run.Machines, m => Assert.True(m.Counts.Receives > 0, $"{m.Label} received nothing"));
        Assert.Empty(Directory.GetFiles(run.Folder, "*.partial"));
    }

    [Fact]
    public async Task Run_WithStranger_IgnoresGarbageAndWrongTokens()
    {
        using var harness = new SimulationHarness(FastRun);
        await harness.Host.StartAsync();
        await SimulationHarness.WaitUntilAsync(() => harness.Timeline.Started, TimeSpan.FromSeconds(10));
        var port = harness.Machines[0].Port!.Value;

        await AssertRefusedAsync(port, "GET / HTTP/1.1\r\n\r\n"u8.ToArray());
        await AssertRefusedAsync(port, Hello(token: new byte[16], machineId: 2));
        await AssertRefusedAsync(port, MessageFrame(sender: 2, clock: 1_000_000));

        await harness.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var run = harness.Analyze();
        VerdictOf.AssertValid(run);

        // Taking the stranger's message would have lifted a clock past a million.
        Assert.All(run.Machines, m => Assert.True(m.Counts.FinalClock < 1_000_000));
    }

    [Fact]
    public async Task StopMidRun_LeavesCompleteConsistentFiles()
    {
        using var harness = new SimulationHarness("--Simulation:DurationSeconds=120", "--Simulation:TickRates:0=50",
            "--Simulation:TickRates:1=40", "--Simulation:TickRates:2=5");
        await harness.Host.StartAsync();
        await SimulationHarness.WaitUntilAsync(() => harness.Machines[2].Stats.Ticks >= 3, TimeSpan.FromSeconds(30));

        await harness.Host.StopAsync();

        var run = harness.Analyze();
        VerdictOf.AssertValid(run);
        Assert.Equal("interrupted", run.Manifest.EndReason);
        Assert.InRange(run.Manifest.ElapsedSeconds, 0.5, 60);
        Assert.Empty(Directory.GetFiles(run.Folder, "*.partial"));
        Assert.True(run.Manifest.Machines[0].Ticks >= 25, "the 50 ticks/s machine ran about ten ticks for each of the 5 ticks/s machine's");
    }

    /// <summary>Connects, sends <paramref name="bytes"/>, and expects the machine to hang up.</summary>
    private static async Task AssertRefusedAsync(int port, byte[] bytes)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(bytes);

        var buffer = new byte[64];
        int read;
        try
        {
            read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (IOException)
        {
            read = 0;
        }

        Assert.Equal(0, read);
    }

    private static byte[] Hello(byte[] token, int machineId)
    {
        var buffer = new byte[FrameCodec.HeaderLength + FrameCodec.HelloPayloadLength];
        return buffer[..FrameCodec.WriteHello(buffer, token, machineId)];
    }

    private static byte[] MessageFrame(int sender, long clock)
    {
        var codec = new FrameCodec(machineCount: 3);
        var buffer = new byte[codec.MaxFrameLength];
        var message = new ClockSim.Model.Message(sender, 1, clock, 0) { Vector = new long[] { 0, clock, 0 } };
        return buffer[..codec.WriteMessage(buffer, message)];
    }
}
