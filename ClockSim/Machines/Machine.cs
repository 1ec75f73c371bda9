using System.Runtime.CompilerServices;
using ClockSim.Model;

namespace ClockSim.Machines;

/// <summary>
/// One simulated machine: its rules (<see cref="MachineCore"/>) with the network queue, the transport, the event sink
/// its engine gives it and its own physical clock. On each tick: read the clock, take a message or act, send what the
/// action sends, record the event.
/// </summary>
internal sealed class Machine
{
    private readonly MachineCore _core;
    private readonly IMessageTransport _transport;
    private readonly IEventSink _sink;
    private readonly IRunClock _runClock;
    private readonly VectorSnapshots? _snapshots;

    /// <summary>Where each message's vector goes back as its send returns: <see cref="_snapshots"/> when the transport sends at once.</summary>
    private readonly VectorSnapshots? _releasedAtSend;

    /// <param name="runClock">The run's clock: the time since the run's start at a timestamp.</param>
    /// <param name="clock">The machine's own physical clock, which it reads at every tick.</param>
    /// <param name="snapshots">
    /// The copies of vector clocks its messages carry: the run's, shared with every machine on the same thread, when its
    /// engine reports each message's reads by its recipients, or its own when its transport sends at once
    /// (<see cref="IMessageTransport.SendsAtOnce"/>), and it gives each copy back as the send returns; null for a fresh copy per message.
    /// </param>
    public Machine(MachineSpec spec, IInbox inbox, IMessageTransport transport, IEventSink sink, IRunClock runClock, PhysicalClock clock, VectorSnapshots? snapshots = null)
    {
        Clock = clock;
        Id = spec.Id;
        Rate = spec.Rate;
        PhaseNanoseconds = spec.PhaseNanoseconds;
        Inbox = inbox;
        _transport = transport;
        _sink = sink;
        _runClock = runClock;
        _snapshots = snapshots;
        _releasedAtSend = transport.SendsAtOnce ? snapshots : null;
        _core = new MachineCore(spec.Id, spec.MachineCount, spec.Weights, inbox, spec.Random);
        Stats = new MachineStats(spec.MachineCount - 1);
    }

    public int Id { get; }

    /// <summary>Ticks per second.</summary>
    public double Rate { get; }

    /// <summary>Its start phase: tick k falls this many nanoseconds plus k / <see cref="Rate"/> seconds after the shared start.</summary>
    public long PhaseNanoseconds { get; }

    /// <summary>Its network queue: the messages that arrived and wait for a tick.</summary>
    public IInbox Inbox { get; }

    /// <summary>The loopback port it listens on, or <see langword="null"/> on an in-memory network.</summary>
    public int? Port => _transport.Port;

    public MachineStats Stats { get; }

    /// <summary>Its own physical clock, which it reads at every tick.</summary>
    public PhysicalClock Clock { get; }

    /// <summary>Runs tick <paramref name="tick"/> at <paramref name="timestamp"/> on the run's clock; ticks come one at a time, in order.</summary>
    public void Tick(long tick, long timestamp)
    {
        var e = _core.Tick(tick, _runClock.ElapsedMs(timestamp), Clock.Read(_runClock.ElapsedNanoseconds(timestamp)));
        Send(e, timestamp);
        Record(e);
    }

    /// <summary>
    /// Runs tick <paramref name="tick"/> on <paramref name="message"/>, which its engine took from <see cref="Inbox"/>, leaving
    /// <paramref name="queueLength"/> there, <paramref name="elapsedMs"/> and <paramref name="elapsedNanoseconds"/> after the run's start
    /// as the run's clock gives them: for an engine that holds the queue and the run's clock by their own types, which then need
    /// no call through <see cref="IInbox"/> or <see cref="IRunClock"/>, and that hands the message by reference where it keeps it.
    /// </summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Receive(long tick, double elapsedMs, long elapsedNanoseconds, in Message message, int queueLength) =>
        Record(_core.Receive(tick, elapsedMs, Clock.Read(elapsedNanoseconds), message, queueLength));

    /// <summary>
    /// Runs tick <paramref name="tick"/> at <paramref name="timestamp"/> with <see cref="Inbox"/> empty, as its engine found it:
    /// the same as <see cref="Receive"/>, for a tick with no message to take.
    /// </summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Act(long tick, long timestamp, double elapsedMs, long elapsedNanoseconds, int queueLength)
    {
        var e = _core.Act(tick, elapsedMs, Clock.Read(elapsedNanoseconds), queueLength);
        Send(e, timestamp);
        Record(e);
    }

    /// <summary>Sends the message of <paramref name="e"/>, when it is a send, stamped <paramref name="timestamp"/>.</summary>
    // Every event of a virtual run, inlined into its optimised steps; shared with the socket engine (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Send(in MachineEvent e, long timestamp)
    {
        if (e.Kind is not (EventKind.Send or EventKind.SendAll))
        {
            return;
        }

        var message = MachineCore.MessageOf(e, timestamp, _snapshots);
        if (e.Kind == EventKind.Send)
        {
            _transport.Send(e.Peers.First, message);
        }
        else
        {
            _transport.SendToAll(e.Peers, message);
        }

        _releasedAtSend?.Release(message.Vector);
    }

    private void Record(in MachineEvent e)
    {
        Stats.Record(e);
        _sink.Record(e);
    }
}
