using ClockSim.Machines;
using ClockSim.Model;

namespace ClockSim.Clocks;

/// <summary>
/// Cristian's algorithm on the run's network, machine 1 the time server: each round every other machine sends a request
/// at its reading T0; the server answers the moment a request arrives with its reading S; when the reply arrives, at the
/// machine's reading T1, it sets its clock to S + (T1 − T0) / 2, which may move it backwards. The messages take no tick and
/// are no model event; a lost or late one is simply never answered. Rounds and arrivals may come from several threads
/// (the socket engine's clock and readers): the clocks take their corrections atomically and the record is locked.
/// </summary>
internal sealed class CristianSync(IReadOnlyList<PhysicalClock> clocks, IRunClock timeline)
{
    /// <summary>The time server's id.</summary>
    public const int Server = 1;

    private readonly Lock _lock = new();
    private readonly List<SyncAdjustment> _adjustments = [];
    private readonly long[] _requests = new long[clocks.Count + 1];
    private readonly long[] _applied = new long[clocks.Count + 1];
    private IReadOnlyList<IMessageTransport> _transports = [];
    private bool _stopped;

    /// <summary>The transports the machines send through, machine i at index i − 1: the sync's messages take the same network.</summary>
    public void Connect(IReadOnlyList<IMessageTransport> transports) => _transports = transports;

    /// <summary>Every machine but the server sends its request, at <paramref name="timestamp"/> of the run's clock.</summary>
    public void RequestRound(long timestamp)
    {
        var trueNs = timeline.ElapsedNanoseconds(timestamp);
        for (var machine = Server + 1; machine <= clocks.Count; machine++)
        {
            lock (_lock)
            {
                if (_stopped)
                {
                    return;
                }

                _requests[machine]++;
            }

            var request = new SyncMessage(SyncKind.Request, machine, Server, clocks[machine - 1].Read(trueNs), 0, timestamp);
            _transports[machine - 1].SendSync(Server, request);
        }
    }

    /// <summary>A sync message reaches its recipient at <paramref name="timestamp"/>: the server answers a request, a machine corrects its clock by a reply.</summary>
    public void Arrive(in SyncMessage message, long timestamp)
    {
        var trueNs = timeline.ElapsedNanoseconds(timestamp);
        if (message.Kind == SyncKind.Request)
        {
            lock (_lock)
            {
                if (_stopped)
                {
                    return;
                }
            }

            var reply = new SyncMessage(SyncKind.Reply, Server, message.From, message.RequestReadingNs, clocks[Server - 1].Read(trueNs), timestamp);
            _transports[Server - 1].SendSync(message.From, reply);
            return;
        }

        var clock = clocks[message.To - 1];
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            var before = clock.Read(trueNs);
            var roundTrip = before - message.RequestReadingNs;
            var after = clock.SetTo(trueNs, message.ServerReadingNs + (roundTrip / 2));
            _adjustments.Add(new SyncAdjustment(message.To, trueNs, before, after, roundTrip));
            _applied[message.To]++;
        }
    }

    /// <summary>The run has ended: no request is sent and no arrival is taken from now on.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
        }
    }

    /// <summary>Every correction, in the order they were made.</summary>
    public IReadOnlyList<SyncAdjustment> Adjustments
    {
        get
        {
            lock (_lock)
            {
                return [.. _adjustments];
            }
        }
    }

    /// <summary>Requests machine <paramref name="machine"/> sent.</summary>
    public long Requests(int machine)
    {
        lock (_lock)
        {
            return _requests[machine];
        }
    }

    /// <summary>Replies machine <paramref name="machine"/> received and set its clock by.</summary>
    public long Applied(int machine)
    {
        lock (_lock)
        {
            return _applied[machine];
        }
    }
}
