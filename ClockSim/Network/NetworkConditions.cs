using ClockSim.Configuration;
using ClockSim.Model;
using ClockSim.Run;

namespace ClockSim.Network;

/// <summary>
/// Decides, for every message, what the configured network does with it: a partition drops a message sent
/// across it while it lasts; otherwise the link may lose it (<c>LossRate</c>); otherwise it draws a delay, and on
/// a FIFO link the message never arrives before the one sent before it on the same link. Each link draws from a
/// random stream of its own, derived from the run's seed, so switching the network on changes nothing the machines
/// choose, and both engines draw the same delays and losses for the k-th message of a link.
/// </summary>
internal sealed class NetworkConditions
{
    private const double NanosecondsPerSecond = 1e9;

    private readonly int _seed;
    private readonly int _machineCount;
    private readonly bool _fifo;
    private readonly Partition[] _partitions;
    private readonly LinkModel _default;
    private readonly Dictionary<(int From, int To), LinkModel> _overrides = [];
    private readonly Dictionary<int, LinkState> _links = [];
    private readonly Dictionary<int, LinkState> _syncLinks = [];
    private readonly Lock _syncLock = new();

    public NetworkConditions(NetworkOptions options, int machineCount, int seed)
    {
        _seed = seed;
        _machineCount = machineCount;
        _fifo = options.Fifo;
        _partitions = [.. options.Partitions.Select(p => new Partition(p, machineCount))];
        _default = new LinkModel(new DelayModel(options.Delay), options.LossRate);
        foreach (var link in options.Links)
        {
            _overrides[(link.From, link.To)] = new LinkModel(
                link.Delay is null ? _default.Delay : new DelayModel(link.Delay), link.LossRate ?? options.LossRate);
        }
    }

    /// <summary>What happens to a message from <paramref name="from"/> to <paramref name="to"/> sent at <paramref name="sentNanoseconds"/> after the start.</summary>
    public Route Decide(int from, int to, long sentNanoseconds)
    {
        var link = Link(_links, RandomStream.Network, from, to);
        var route = PartitionLossOrDelay(link, from, to, sentNanoseconds);
        if (route.Dropped is not null || route.DelayNanoseconds is not { } delay)
        {
            return route;
        }

        if (_fifo)
        {
            // Never before the previous message of this link: it waits behind it, as on a TCP connection.
            delay = Math.Max(delay, link.LastArrival - sentNanoseconds);
            link.LastArrival = sentNanoseconds + delay;
        }

        return Route.Carry(delay);
    }

    /// <summary>
    /// What happens to a synchronisation message: the same partitions, loss and delay as a model message's, never held
    /// back behind another. The time server answers from the socket engine's reader threads, so this takes a lock.
    /// </summary>
    public Route DecideSync(int from, int to, long sentNanoseconds)
    {
        lock (_syncLock)
        {
            return PartitionLossOrDelay(Link(_syncLinks, RandomStream.SyncNetwork, from, to), from, to, sentNanoseconds);
        }
    }

    private Route PartitionLossOrDelay(LinkState link, int from, int to, long sentNanoseconds)
    {
        foreach (var partition in _partitions)
        {
            if (partition.Separates(from, to, sentNanoseconds))
            {
                return Route.Drop(UndeliveredReason.Partition);
            }
        }

        if (link.Model.LossRate > 0 && link.Random.NextDouble() < link.Model.LossRate)
        {
            return Route.Drop(UndeliveredReason.Loss);
        }

        return Route.Carry(link.Model.Delay.Draw(link.Random));
    }

    private LinkState Link(Dictionary<int, LinkState> links, RandomStream stream, int from, int to)
    {
        var key = ((from - 1) * _machineCount) + (to - 1);
        if (!links.TryGetValue(key, out var link))
        {
            var model = _overrides.GetValueOrDefault((from, to), _default);
            link = new LinkState(model, SeededRandom.ForStream(_seed, stream, key));
            links.Add(key, link);
        }

        return link;
    }

    private sealed record LinkModel(DelayModel Delay, double LossRate);

    private sealed class LinkState(LinkModel model, SeededRandom random)
    {
        public LinkModel Model { get; } = model;

        public SeededRandom Random { get; } = random;

        public long LastArrival { get; set; }
    }

    private sealed class Partition
    {
        private readonly long _from;
        private readonly long _to;
        private readonly int[] _sideOf;

        public Partition(PartitionOptions options, int machineCount)
        {
            _from = (long)Math.Round(options.FromSeconds * NanosecondsPerSecond);
            _to = (long)Math.Round(options.ToSeconds * NanosecondsPerSecond);

            // Machines named in no group are one more side together: side −1.
            _sideOf = Enumerable.Repeat(-1, machineCount + 1).ToArray();
            for (var side = 0; side < options.Groups.Length; side++)
            {
                foreach (var machine in options.Groups[side])
                {
                    _sideOf[machine] = side;
                }
            }
        }

        public bool Separates(int from, int to, long sentNanoseconds) =>
            sentNanoseconds >= _from && sentNanoseconds < _to && _sideOf[from] != _sideOf[to];
    }
}
