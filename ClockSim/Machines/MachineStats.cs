using System.Runtime.CompilerServices;
using ClockSim.Model;

namespace ClockSim.Machines;

/// <summary>
/// Running totals of one machine, written by its tick loop alone and read at any time by the live
/// display and at the end by the manifest.
/// Its per-event step is marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found it hot and inlined it itself.
/// </summary>
internal sealed class MachineStats(int peerCount)
{
    private long _ticks;
    private long _clock;
    private long _queueLength;
    private long _sendEvents;
    private long _sendAllEvents;
    private long _received;
    private long _internal;
    private long _maxJump;
    private long _maxQueue;

    public long Ticks => Volatile.Read(ref _ticks);

    public long Clock => Volatile.Read(ref _clock);

    public long QueueLength => Volatile.Read(ref _queueLength);

    public long SendEvents => Volatile.Read(ref _sendEvents);

    public long SendAllEvents => Volatile.Read(ref _sendAllEvents);

    /// <summary>Messages sent: a send to all counts one per recipient.</summary>
    public long MessagesSent => MessageCount.Sent(SendEvents, SendAllEvents, peerCount + 1);

    public long Received => Volatile.Read(ref _received);

    public long Internal => Volatile.Read(ref _internal);

    public long MaxJump => Volatile.Read(ref _maxJump);

    public long MaxQueue => Volatile.Read(ref _maxQueue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(in MachineEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.Receive:
                Volatile.Write(ref _received, _received + 1);
                break;
            case EventKind.Send:
                Volatile.Write(ref _sendEvents, _sendEvents + 1);
                break;
            case EventKind.SendAll:
                Volatile.Write(ref _sendAllEvents, _sendAllEvents + 1);
                break;
            default:
                Volatile.Write(ref _internal, _internal + 1);
                break;
        }

        Volatile.Write(ref _clock, e.LogicalClock);
        Volatile.Write(ref _queueLength, e.QueueLength);
        Volatile.Write(ref _maxJump, Math.Max(_maxJump, e.Jump));
        Volatile.Write(ref _maxQueue, Math.Max(_maxQueue, e.QueueLength));
        Volatile.Write(ref _ticks, e.Tick);
    }
}
