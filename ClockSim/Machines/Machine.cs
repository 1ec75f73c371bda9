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

    /// <param name="runClock">The run's clock: the time since the run's start at a timestamp.</param>
    /// <param name="clock">The machine's own physical clock, which it reads at every tick.</param>
    /// <param name="snapshots">
    /// The copies of vector clocks its messages carry: shared with every machine it exchanges messages with on the same
    /// thread, or its own when its transport sends at once (<see cref="IMessageTransport.SendsAtOnce"/>), which gives each
    /// copy back as the send returns; null for a fresh copy per message.
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
        _core = new MachineCore(spec.Id, spec.MachineCount, spec.Weights, inbox, spec.Random, snapshots);
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
    public void Tick(long tick, long timestamp) =>
        Tick(tick, timestamp, _runClock.ElapsedMs(timestamp), _runClock.ElapsedNanoseconds(timestamp));

    /// <summary>
    /// Runs tick <paramref name="tick"/> at <paramref name="timestamp"/> on the run's clock, which is <paramref name="elapsedMs"/>
    /// and <paramref name="elapsedNanoseconds"/> after the run's start as the run's clock gives them: for an engine that holds
    /// that clock by its own type, whose conversions then need no call through <see cref="IRunClock"/>.
    /// </summary>
    public void Tick(long tick, long timestamp, double elapsedMs, long elapsedNanoseconds)
    {
        var e = _core.Tick(tick, elapsedMs, Clock.Read(elapsedNanoseconds));
        if (e.Kind is EventKind.Send or EventKind.SendAll)
        {
            var message = MachineCore.MessageOf(e, timestamp, _snapshots);
            if (e.Kind == EventKind.Send)
            {
                _transport.Send(e.Peers.First, message);
            }
            else
            {
                _transport.SendToAll(e.Peers, message);
            }

            if (_transport.SendsAtOnce)
            {
                _snapshots?.Release(message.Vector);
            }
        }

        Stats.Record(e);
        _sink.Record(e);
    }
}
