using System.Runtime;
using ClockSim.Clocks;
using ClockSim.Engines.Sockets.Clock;
using ClockSim.Engines.Sockets.Wire;
using ClockSim.Machines;
using ClockSim.Model;
using ClockSim.Network;
using ClockSim.Run;
using Microsoft.Extensions.Logging;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// The real-time engine: every machine listens on a loopback port and the mesh has one TCP connection per
/// pair; one clock thread runs every machine's ticks on an absolute schedule; messages are queued the moment
/// they arrive (or after their configured delay, through the <see cref="DelayLine"/>). At the end no more ticks run
/// and every connection delivers what is on the way, within <see cref="SocketEngineOptions.DrainTimeout"/>; what a
/// connection has not read by then is never read, and is counted in flight. With synchronisation on, the tick clock also
/// runs its rounds, and its messages travel over the same connections.
/// </summary>
internal sealed class SocketEngine : IRunEngine
{
    private readonly TimeProvider _time;
    private readonly SocketEngineOptions _options;
    private readonly RefusalLog _refusals;

    private IReadOnlyList<UnreadLink> _unread = [];
    private readonly long _syncIntervalNanoseconds;
    private long _endTimestamp;

    /// <summary>The sockets a run of <paramref name="machines"/> holds open: a listener for each machine, and both ends of each pair's connection.</summary>
    public static long Sockets(int machines) => (long)machines * machines;

    public SocketEngine(
        RunPlan plan,
        RunTimeline timeline,
        RunNetwork runNetwork,
        IReadOnlyList<IEventSink> sinks,
        TimeProvider time,
        ILoggerFactory loggers,
        SocketEngineOptions options)
    {
        _time = time;
        _options = options;
        var token = RunToken.CreateRandom();
        var codec = new FrameCodec(plan.MachineCount);
        var directory = new PeerDirectory(plan.MachineCount);
        var logger = loggers.CreateLogger<MachineNetwork>();
        _refusals = new RefusalLog(logger, options.RefusalsShown);
        Latency = new LatencyHistogram(time.TimestampFrequency);
        DelayLine = new DelayLine(time);
        var clocks = plan.PhysicalClocks();
        Sync = plan.Synchronisation(clocks, timeline);
        _syncIntervalNanoseconds = (long)Math.Round(plan.Options.Clocks.Sync.IntervalSeconds * TickPhase.NanosecondsPerSecond);
        var networks = new MachineNetwork[plan.MachineCount];
        var machines = new Machine[plan.MachineCount];
        var transports = new IMessageTransport[plan.MachineCount];
        for (var i = 0; i < machines.Length; i++)
        {
            var vectors = new ReceivedVectors(plan.MachineCount);
            var inbox = options.Inbox(i + 1, vectors);
            networks[i] = new MachineNetwork(
                i + 1, plan.MachineCount, token, codec, directory, inbox, vectors, time, Latency, DelayLine, timeline, logger, _refusals, Sync);
            transports[i] = runNetwork.Attach(i + 1, networks[i]);
            machines[i] = new Machine(plan.MachineSpec(i + 1), inbox, transports[i], sinks[i], timeline, clocks[i], new VectorSnapshots(plan.MachineCount));
        }

        Sync?.Connect(transports);
        Networks = networks;
        Machines = machines;
    }

    public CristianSync? Sync { get; }

    public TimeProvider Clock => _time;

    public IReadOnlyList<Machine> Machines { get; }

    /// <summary>Each machine's side of the mesh, machine i at index i − 1.</summary>
    public IReadOnlyList<MachineNetwork> Networks { get; }

    /// <summary>How long messages on the engine's own network take from their send to their receiver's queue.</summary>
    public LatencyHistogram Latency { get; }

    /// <summary>Where messages the configured network delays wait for their release.</summary>
    public DelayLine DelayLine { get; }

    /// <summary>After <see cref="EndAsync"/>: what the delay line still holds past the end, including any held after it stopped.</summary>
    public IReadOnlyList<UndeliveredMessage> InFlightAtEnd =>
        [.. DelayLine.InFlight.Select(held => new UndeliveredMessage(held.Message, held.Recipient, UndeliveredReason.InFlightAtEnd))];

    public IReadOnlyList<UnreadLink> UnreadLinks => _unread;

    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(Networks.Select(n => n.MeshComplete)).WaitAsync(cancellationToken).ConfigureAwait(false);

        // Building the mesh leaves thousands of long-lived socket objects to promote; collect them now,
        // before the clock starts, rather than in full collections that stall the first seconds of the run.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    public async Task<bool> RunAsync(long startTimestamp, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var waiter = new ThreadTickWaiter();
        var clock = new TickClock(_time, waiter);
        var targets = Machines.Select(m => new TickTarget(new TickPlan(m.Rate, m.PhaseNanoseconds), tick => m.Tick(tick, _time.GetTimestamp()))).ToList();
        if (Sync is { } sync)
        {
            targets.Add(new TickTarget(TickPlan.Every(_syncIntervalNanoseconds), _ => sync.RequestRound(_time.GetTimestamp())));
        }

        // While the clock runs, full collections happen in the background instead of stopping every
        // thread, the tick clock's included (bench, 128 machines: pauses of 50-150 ms before).
        var latencyMode = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        var completed = false;
        try
        {
            completed = await clock.RunAsync(startTimestamp, duration, targets, cancellationToken).ConfigureAwait(false);
            return completed;
        }
        finally
        {
            GCSettings.LatencyMode = latencyMode;
            Sync?.Stop();
            _endTimestamp = completed ? startTimestamp + (long)Math.Round(duration.TotalSeconds * _time.TimestampFrequency) : _time.GetTimestamp();
            DelayLine.EndAt(_endTimestamp);
        }
    }

    public async Task EndAsync()
    {
        foreach (var network in Networks)
        {
            network.ExpectClose();
        }

        foreach (var network in Networks)
        {
            network.CompleteSending();
        }

        await Task.WhenAll(Networks.Select(n => n.DrainAsync(_options.DrainTimeout))).ConfigureAwait(false);

        // No reader hands anything on from here: the queues, the delay line and what was read are final, so the
        // recorder's counts cannot miss a message a late reader would have delivered after them.
        var unread = await Task.WhenAll(Networks.Select(n => n.StopReadingAsync(_options.ReaderStopTimeout))).ConfigureAwait(false);
        _unread = [.. unread.SelectMany(links => links)];

        // What the delay line still holds past the end never arrives.
        DelayLine.Stop(_endTimestamp);
        DelayLine.Dispose();
        _refusals.LogNotShown();
    }
}
