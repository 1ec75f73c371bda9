using System.Threading.Channels;
using ClockSim.Model;
using ClockSim.Network;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.Logging;

namespace ClockSim.Machines;

/// <summary>
/// One simulated machine: its rules (<see cref="MachineCore"/>), its network queue, its side of the
/// mesh, and its event log. On each tick the clock runs: take a message or act, deliver what it sends,
/// record the event.
/// </summary>
internal sealed class Machine
{
    // Not single-reader: only the multi-reader unbounded channel can count its items, and the count is the queue length.
    private readonly Channel<Message> _queue = Channel.CreateUnbounded<Message>(
        new UnboundedChannelOptions { AllowSynchronousContinuations = false });

    private readonly MachineCore _core;
    private readonly RunTimeline _timeline;
    private readonly TimeProvider _time;

    public Machine(int id, RunPlan plan, PeerDirectory directory, RunTimeline timeline, TimeProvider time, LatencyHistogram latency, ILogger logger)
    {
        Id = id;
        Rate = plan.TickRates[id - 1];
        _timeline = timeline;
        _time = time;
        _core = new MachineCore(id, plan.MachineCount, plan.Options.Weights, _queue.Reader, new Random(plan.MachineSeed(id)));
        Network = new MachineNetwork(id, plan.MachineCount, plan.Token, directory, _queue.Writer, time, latency, logger);
        Log = new EventLog(id, plan.MachineCount, plan.Folder, time);
        Stats = new MachineStats(plan.MachineCount - 1);
    }

    public int Id { get; }

    /// <summary>Ticks per second.</summary>
    public double Rate { get; }

    public MachineNetwork Network { get; }

    public EventLog Log { get; }

    public MachineStats Stats { get; }

    /// <summary>Messages that arrived but were never taken.</summary>
    public int LeftInQueue => _queue.Reader.Count;

    /// <summary>What the tick clock drives.</summary>
    public TickTarget TickTarget => new(Rate, Tick);

    /// <summary>Runs tick <paramref name="tick"/>; called by the tick clock, one tick at a time.</summary>
    public void Tick(long tick)
    {
        var now = _time.GetTimestamp();
        var e = _core.Tick(tick, new EventTime(_time.GetUtcNow(), _timeline.ElapsedMs(now)));
        if (e.Kind == EventKind.Send)
        {
            Network.TrySend(e.Peer, MachineCore.MessageOf(e, now));
        }
        else if (e.Kind == EventKind.SendAll)
        {
            var message = MachineCore.MessageOf(e, now);
            foreach (var peer in _core.Peers)
            {
                Network.TrySend(peer, message);
            }
        }

        Stats.Record(e);
        Log.Append(e);
    }
}
