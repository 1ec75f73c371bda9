using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// The rules of one machine, free of sockets, threads and wall-clock time: given its queue, its
/// random source, the time of the tick and its own physical clock's reading, a tick either takes one queued message or
/// draws an action, applies the Lamport, vector and hybrid logical clock rules and returns the event. The caller delivers the message of a send.
/// </summary>
internal sealed class MachineCore
{
    private readonly LamportClock _clock = new();
    private readonly VectorClock _vector;
    private readonly HybridLogicalClock _hlc = new();
    private readonly ActionChooser _chooser;
    private readonly IInbox _queue;
    private readonly SeededRandom _random;
    private long _tick;
    private long _sentSequence;

    public MachineCore(int id, int machineCount, ActionWeights weights, IInbox queue, SeededRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(id, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(machineCount, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id, machineCount);

        Id = id;
        _vector = new VectorClock(machineCount, id);
        Peers = MachineSet.AllBut(machineCount, id);
        _chooser = new ActionChooser(weights);
        _queue = queue;
        _random = random;
    }

    public int Id { get; }

    /// <summary>The other machines: the recipients of a send to all.</summary>
    public MachineSet Peers { get; }

    /// <summary>
    /// Performs tick <paramref name="tick"/> (the next one: ticks are numbered from 1), <paramref name="elapsedMs"/> after the
    /// run's start, when the machine's physical clock reads <paramref name="physicalNs"/>: takes the oldest queued message, or acts.
    /// </summary>
    public MachineEvent Tick(long tick, double elapsedMs, long physicalNs) =>
        _queue.TryTake(out var received)
            ? Receive(tick, elapsedMs, physicalNs, received, _queue.Count)
            : Act(tick, elapsedMs, physicalNs, _queue.Count);

    /// <summary>
    /// Performs tick <paramref name="tick"/> on <paramref name="received"/>, which its caller took from the queue, leaving
    /// <paramref name="queueLength"/> messages waiting; <see cref="Tick"/> otherwise, for a caller that holds the queue by its own type.
    /// </summary>
    // Every event of a virtual run, inlined into its optimised steps; shared with the socket engine (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MachineEvent Receive(long tick, double elapsedMs, long physicalNs, in Message received, int queueLength)
    {
        var before = Advance(tick);
        _clock.Receive(received.Clock);
        _vector.Receive(received.Vector.Span);
        var hlc = _hlc.Receive(received.Hlc, physicalNs);
        return Event(elapsedMs, EventKind.Receive, before, queueLength, MachineSet.Of(received.Sender), received.Key, received.Clock, physicalNs, hlc);
    }

    /// <summary>
    /// Performs tick <paramref name="tick"/> with nothing in the queue to take (<paramref name="queueLength"/> is 0, or more
    /// when messages arrive as it runs): draws an action; <see cref="Tick"/> otherwise, for a caller that holds the queue by its own type.
    /// </summary>
    // Every event of a virtual run, inlined into its optimised steps; shared with the socket engine (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MachineEvent Act(long tick, double elapsedMs, long physicalNs, int queueLength)
    {
        var before = Advance(tick);
        var action = _chooser.Choose(_random);
        _vector.Increment();
        var hlc = _hlc.Local(physicalNs);
        if (action == ActionKind.Internal)
        {
            _clock.Increment();
            return Event(elapsedMs, EventKind.Internal, before, queueLength, MachineSet.Empty, MessageKey.None, carried: null, physicalNs, hlc);
        }

        var carriedClock = _clock.Increment();
        var sent = new MessageKey(Id, ++_sentSequence);
        return action == ActionKind.SendToOne
            ? Event(elapsedMs, EventKind.Send, before, queueLength, MachineSet.Of(ActionChooser.ChoosePeer(_random, Peers)), sent, carriedClock, physicalNs, hlc)
            : Event(elapsedMs, EventKind.SendAll, before, queueLength, Peers, sent, carriedClock, physicalNs, hlc);
    }

    /// <summary>Moves to tick <paramref name="tick"/>, which must be the next; returns the Lamport clock before it.</summary>
    private long Advance(long tick)
    {
        if (tick != _tick + 1)
        {
            ThrowOutOfOrder(tick);
        }

        _tick = tick;
        return _clock.Value;
    }

    /// <summary>
    /// The tick's event, with the hybrid logical clock's new value <paramref name="hlc"/> as its rule returned it: read back
    /// from the clock just after the rule stored it in two halves, it would wait for both stores to land.
    /// </summary>
    // Every event of a virtual run, inlined into its optimised steps; shared with the socket engine (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private MachineEvent Event(
        double elapsedMs, EventKind kind, long clockBefore, int queueLength, MachineSet peers, MessageKey message, long? carried, long physicalNs, HlcTimestamp hlc) =>
        new(Id, _tick, elapsedMs, kind, _clock.Value, _clock.Value - clockBefore, queueLength, peers, message, carried, physicalNs, hlc, _vector.Entries);

    /// <summary>Kept out of <see cref="Advance"/>, so that a tick stays small enough for the compiler to inline the clocks' rules into it.</summary>
    private void ThrowOutOfOrder(long tick) =>
        throw new ArgumentOutOfRangeException(nameof(tick), tick, $"Machine {Id} is at tick {_tick}; ticks run in order, one at a time.");

    /// <summary>
    /// The message a send event delivers: it carries a copy of the vector clock of the send, and its hybrid logical clock.
    /// The copy is a fresh array, or one of <paramref name="snapshots"/>, whose reads by its recipients (<see cref="MachineEvent.Peers"/>) are reported back.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="sendEvent"/> carries no message, or lacks its clocks.</exception>
    // Every event of a virtual run, inlined into its optimised steps; shared with the socket engine (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Message MessageOf(in MachineEvent sendEvent, long sentTimestamp, VectorSnapshots? snapshots = null) =>
        sendEvent is { Message.IsNone: false, MessageClock: { } clock, Hlc: { } hlc }
            ? new(sendEvent.Message.Sender, sendEvent.Message.Sequence, clock, sentTimestamp)
            {
                Vector = snapshots?.Copy(sendEvent.Vector.Span, sendEvent.Peers.Count) ?? sendEvent.Vector.ToArray(),
                Hlc = hlc,
            }
            : throw new ArgumentException("Only a send with its clocks delivers a message.", nameof(sendEvent));
}
