using System.Runtime.CompilerServices;
using ClockSim.Clocks;
using ClockSim.Machines;
using ClockSim.Model;
using ClockSim.Network;
using ClockSim.Run;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// The virtual-time engine: the same machines and rules as the socket engine, driven by a single-threaded
/// discrete-event loop. Time jumps from one event to the next; machine i's tick k falls at exactly k / r_i;
/// a message joins its recipient's queue when the network delivers it. At one instant every delivery comes
/// before every tick, deliveries in send order and ticks in machine-id order. Nothing waits, nothing reads the
/// wall clock and nothing iterates a hash-ordered collection, so the same options and seed give the same
/// events, byte for byte, on any machine. With synchronisation on, its rounds fall at whole multiples of the interval
/// and its messages arrive as the network carries them, each after every tick of its instant; they run up to the end instant.
/// </summary>
internal sealed class VirtualEngine : IRunEngine
{
    /// <summary>How many ticks run between two looks at the cancellation token.</summary>
    private const int CancellationCheckInterval = 1024;

    private readonly VirtualClock _clock;
    private readonly RunTimeline _timeline;
    private readonly DeliveryQueue _deliveries = new();
    private readonly MessageSlots _messages;
    private readonly Machine[] _machines;
    private readonly QueueInbox[] _inboxes;
    private readonly List<UndeliveredMessage> _inFlight = [];
    private readonly SyncArrivals _syncArrivals = new();
    private readonly long _syncIntervalNanoseconds;

    public VirtualEngine(RunPlan plan, VirtualClock clock, RunTimeline timeline, RunNetwork runNetwork, IReadOnlyList<IEventSink> sinks)
    {
        _clock = clock;
        _timeline = timeline;
        var snapshots = new VectorSnapshots(plan.MachineCount);
        _messages = new MessageSlots(snapshots);
        var network = new VirtualNetwork(_deliveries, _messages, _syncArrivals, clock);
        var clocks = plan.PhysicalClocks();
        var transports = new IMessageTransport[plan.MachineCount];
        _inboxes = new QueueInbox[plan.MachineCount];
        _machines = new Machine[plan.MachineCount];
        for (var i = 0; i < _machines.Length; i++)
        {
            _inboxes[i] = new QueueInbox(_messages);
            transports[i] = runNetwork.Attach(i + 1, network);
            _machines[i] = new Machine(plan.MachineSpec(i + 1), _inboxes[i], transports[i], sinks[i], timeline, clocks[i], snapshots);
        }

        Sync = plan.Synchronisation(clocks, timeline);
        Sync?.Connect(transports);
        _syncIntervalNanoseconds = (long)Math.Round(plan.Options.Clocks.Sync.IntervalSeconds * VirtualClock.NanosecondsPerSecond);
    }

    public CristianSync? Sync { get; }

    public TimeProvider Clock => _clock;

    public IReadOnlyList<Machine> Machines => _machines;

    public IReadOnlyList<UndeliveredMessage> InFlightAtEnd => _inFlight;

    /// <summary>None: every message on the way is in the delivery queue, and counted from there.</summary>
    public IReadOnlyList<UnreadLink> UnreadLinks => [];

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs the loop on a thread of its own, so a long run leaves the host free to show progress and take Ctrl+C.</summary>
    public Task<bool> RunAsync(long startTimestamp, TimeSpan duration, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Run(startTimestamp, duration, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Nothing is left to wind down: <see cref="Run"/> has settled every message before it returns.</summary>
    public Task EndAsync() => Task.CompletedTask;

    /// <summary>
    /// Runs every event up to the end instant in order, on the calling thread. Then, or as soon as cancellation
    /// is seen, no tick runs any more; a message on the engine's own network is still delivered to its queue, as
    /// the socket engine's connections deliver theirs when a run ends, and a message held by a configured delay
    /// that has not passed by then stays in flight (<see cref="InFlightAtEnd"/>), as in the socket engine's delay line.
    /// </summary>
    /// <returns><see langword="true"/> when the end instant was reached, <see langword="false"/> when cancelled first.</returns>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Run(long startTimestamp, TimeSpan duration, CancellationToken cancellationToken)
    {
        var end = startTimestamp + TickPhase.NanosecondsIn(duration);
        var schedules = new TickPlan[_machines.Length];
        var ticks = new TickAgenda(_machines.Length);
        for (var i = 0; i < _machines.Length; i++)
        {
            schedules[i] = new TickPlan(_machines[i].Rate, _machines[i].PhaseNanoseconds);
            var first = startTimestamp + schedules[i].Next();
            if (first <= end)
            {
                ticks.Add(first, i);
            }
        }

        var cancelled = false;
        var ticksUntilCheck = CancellationCheckInterval;
        var nextRound = startTimestamp + _syncIntervalNanoseconds;
        while (true)
        {
            if (Sync is { } sync && !cancelled && NextSync(nextRound) is var syncTime && syncTime <= end && (ticks.Count == 0 || syncTime < ticks.NextTime))
            {
                _clock.AdvanceTo(syncTime);
                if (syncTime == nextRound)
                {
                    sync.RequestRound(syncTime);
                    nextRound += _syncIntervalNanoseconds;
                }
                else
                {
                    sync.Arrive(_syncArrivals.Take(), syncTime);
                }

                continue;
            }

            if (_deliveries.TryPeekTime(out var arrival) && (ticks.Count == 0 || arrival <= ticks.NextTime))
            {
                var delivery = _deliveries.Take();
                Deliver(delivery, stranded: ticks.Count == 0 && _messages[delivery.Slot].DelayNanoseconds is not null && arrival > (cancelled ? _clock.GetTimestamp() : end));
                continue;
            }

            if (ticks.Count == 0)
            {
                break;
            }

            var time = ticks.NextTime;
            var index = ticks.NextMachine;
            ref var schedule = ref schedules[index];
            _clock.AdvanceTo(time);
            Tick(index, schedule.Tick, time);
            var next = startTimestamp + schedule.Next();
            if (next <= end)
            {
                ticks.ReplaceNext(next);
            }
            else
            {
                ticks.RemoveNext();
            }

            if (--ticksUntilCheck == 0)
            {
                ticksUntilCheck = CancellationCheckInterval;
                if (cancellationToken.IsCancellationRequested)
                {
                    cancelled = true;
                    ticks.Clear();
                }
            }
        }

        Sync?.Stop();
        if (!cancelled)
        {
            _clock.AdvanceTo(end);
        }

        return !cancelled;
    }

    /// <summary>
    /// Runs tick <paramref name="tick"/> of machine <paramref name="index"/> at <paramref name="time"/>: on the oldest message of its
    /// queue, read where the run keeps it, or with none.
    /// </summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Tick(int index, long tick, long time)
    {
        var machine = _machines[index];
        var inbox = _inboxes[index];
        var elapsedMs = _timeline.ElapsedMs(time);
        var elapsedNanoseconds = _timeline.ElapsedNanoseconds(time);
        if (inbox.TryTake(out int slot))
        {
            machine.Receive(tick, elapsedMs, elapsedNanoseconds, _messages[slot], inbox.Count);
            _messages.Release(slot);
        }
        else
        {
            machine.Act(tick, time, elapsedMs, elapsedNanoseconds, inbox.Count);
        }
    }

    /// <summary>Drops the delivery's message into each recipient's queue, or, when <paramref name="stranded"/>, counts it in flight for each.</summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Deliver(in Delivery delivery, bool stranded)
    {
        if (stranded)
        {
            Strand(delivery);
            return;
        }

        foreach (var recipient in delivery.Recipients)
        {
            _inboxes[recipient - 1].Deliver(delivery.Slot);
        }
    }

    /// <summary>
    /// Counts the delivery's message in flight for each recipient: out of <see cref="Deliver"/>, which runs for every message
    /// of a run and so needs no stack frame for the copies only a message stranded at the end takes.
    /// </summary>
    private void Strand(in Delivery delivery)
    {
        foreach (var recipient in delivery.Recipients)
        {
            _inFlight.Add(new UndeliveredMessage(_messages.Take(delivery.Slot), recipient, UndeliveredReason.InFlightAtEnd));
        }
    }

    /// <summary>The instant of the synchronisation's next step: the next arrival of one of its messages, or else its next round.</summary>
    private long NextSync(long nextRound) => _syncArrivals.TryPeekTime(out var arrival) && arrival < nextRound ? arrival : nextRound;
}
