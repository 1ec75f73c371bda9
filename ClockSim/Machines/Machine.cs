using System.Threading.Channels;
using ClockSim.Model;
using ClockSim.Network;
using ClockSim.Recording;
using ClockSim.Run;

namespace ClockSim.Machines;

/// <summary>
/// One simulated machine: its rules (<see cref="MachineCore"/>), its network queue, its side of the
/// mesh, and its event log. Its tick loop runs each tick the clock posts: take a message or act, deliver
/// what it sends, record the event.
/// </summary>
internal sealed class Machine : IAsyncDisposable
{
    // Not single-reader: only the multi-reader unbounded channel can count its items, and the count is the queue length.
    private readonly Channel<Message> _queue = Channel.CreateUnbounded<Message>(
        new UnboundedChannelOptions { AllowSynchronousContinuations = false });

    private readonly Channel<long> _ticks = Channel.CreateUnbounded<long>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private readonly MachineCore _core;
    private readonly RunTimeline _timeline;
    private readonly TimeProvider _time;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Machine(int id, RunPlan plan, PeerDirectory directory, RunTimeline timeline, TimeProvider time, Microsoft.Extensions.Logging.ILogger logger)
    {
        Id = id;
        Rate = plan.TickRates[id - 1];
        _timeline = timeline;
        _time = time;
        _core = new MachineCore(id, plan.MachineCount, plan.Options.Weights, _queue.Reader, new Random(plan.MachineSeed(id)));
        Network = new MachineNetwork(id, plan.MachineCount, plan.Token, directory, _queue.Writer, time, logger);
        Log = new EventLog(id, plan.MachineCount, plan.Folder, time);
    }

    public int Id { get; }

    /// <summary>Ticks per second.</summary>
    public double Rate { get; }

    public MachineNetwork Network { get; }

    public EventLog Log { get; }

    public MachineStats Stats { get; } = new();

    /// <summary>Messages that arrived but were never taken.</summary>
    public int LeftInQueue => _queue.Reader.Count;

    /// <summary>What the tick clock drives.</summary>
    public TickTarget TickTarget => new(Rate, _ticks.Writer);

    /// <summary>Completes when the tick loop has ended (or never started).</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Joins the mesh, then runs every tick posted until <see cref="StopTicking"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Network.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var tick in _ticks.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                RunTick(tick);
            }
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    /// <summary>No more ticks: the loop finishes the ticks already posted, then ends.</summary>
    public void StopTicking() => _ticks.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        StopTicking();
        await Network.DisposeAsync().ConfigureAwait(false);
        await Log.DisposeAsync().ConfigureAwait(false);
    }

    private void RunTick(long tick)
    {
        var now = _time.GetTimestamp();
        var e = _core.Tick(tick, new EventTime(_time.GetUtcNow(), _timeline.ElapsedMs(now)));
        var sent = 0;
        if (e.Kind == EventKind.Send)
        {
            Network.TrySend(e.Peer, MachineCore.MessageOf(e, now));
            sent = 1;
        }
        else if (e.Kind == EventKind.SendAll)
        {
            var message = MachineCore.MessageOf(e, now);
            foreach (var peer in _core.Peers)
            {
                Network.TrySend(peer, message);
            }

            sent = _core.Peers.Count;
        }

        Stats.Record(e, sent);
        Log.Append(e);
    }
}
