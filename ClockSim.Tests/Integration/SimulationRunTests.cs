using System.Net.Sockets;
using ClockSim.Engines.Sockets;
using ClockSim.Engines.Sockets.Wire;
using ClockSim.Recording;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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
    public async Task Run_WithStranger_IgnoresGarbageAndWrongTokens_WarningOfTheFirstFewOnly()
    {
        var warnings = new LogSignal("refused a connection");
        var notShown = new LogSignal("3 more refused connections were not shown");
        using var harness = new SimulationHarness(
            services => services.AddSingleton<ILoggerProvider>(warnings).AddSingleton<ILoggerProvider>(notShown), FastRun);
        await harness.Host.StartAsync();
        await SimulationHarness.WaitUntilAsync(() => harness.Timeline.Started, TimeSpan.FromSeconds(10));
        var port = harness.Machines[0].Port!.Value;

        await AssertRefusedAsync(port, "GET / HTTP/1.1\r\n\r\n"u8.ToArray());
        await AssertRefusedAsync(port, Hello(token: new byte[16], machineId: 2));
        await AssertRefusedAsync(port, MessageFrame(sender: 2, clock: 1_000_000));
        for (var i = 0; i < RefusalLog.DefaultShown; i++)
        {
            await AssertRefusedAsync(harness.Machines[i % 3].Port!.Value, "garbage"u8.ToArray());
        }

        await harness.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var run = harness.Analyze();
        VerdictOf.AssertValid(run);

        // Taking the stranger's message would have lifted a clock past a million.
        Assert.All(run.Machines, m => Assert.True(m.Counts.FinalClock < 1_000_000));

        // Eight refused: the first five of the run warned of, the other three in one line at the end.
        Assert.Equal(RefusalLog.DefaultShown, warnings.Count);
        Assert.Equal(1, notShown.Count);
    }

    [Fact]
    public async Task Run_WhenTheDrainTimesOut_CountsWhatWasNeverReadInFlight()
    {
        using var held = new HoldingInbox(sender: 1);
        var drainTimedOut = new LogSignal("Machine 2: messages were still on the way");
        var options = SocketEngineOptions.Default with
        {
            DrainTimeout = TimeSpan.FromMilliseconds(200),
            Inbox = (id, vectors) => id == 2 ? held : new ChannelInbox(vectors),
        };
        using var harness = new SimulationHarness(
            services => services.AddSingleton(options).AddSingleton<ILoggerProvider>(drainTimedOut), FastRun);

        // Machine 2's reader of machine 1 is held from the first second until machine 2's drain has timed out:
        // whatever machine 1 sent it meanwhile is still unread when the readers stop.
        _ = drainTimedOut.Logged.ContinueWith(_ => held.Release(), TaskScheduler.Default);
        await harness.Host.StartAsync();
        await SimulationHarness.WaitUntilAsync(() => harness.Timeline.Started && harness.Timeline.ElapsedSeconds >= 1, TimeSpan.FromSeconds(10));
        held.Arm();
        var heldSequence = await held.Holding.WaitAsync(TimeSpan.FromSeconds(10));
        await harness.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromMinutes(1));

        var run = harness.Analyze();
        VerdictOf.AssertValid(run);
        var inFlight = UndeliveredCsv.Read(Path.Combine(run.Folder, UndeliveredCsv.FileName))
            .Select(line => line.Row).Where(row => row.Reason == "InFlightAtEnd").ToList();
        var stranded = inFlight.Where(row => (row.From, row.To) == (1, 2)).ToList();
        Assert.NotEmpty(stranded);

        // The held message itself arrived; every later one from machine 1 to machine 2 did not.
        Assert.All(stranded, row => Assert.True(long.Parse(row.MessageId.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture) > heldSequence));
        Assert.Equal(inFlight.Count(row => row.From == 1), run.Manifest.Machines[0].InFlightAtEnd);
        Assert.Equal(inFlight.Count, run.Manifest.InFlight);
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
