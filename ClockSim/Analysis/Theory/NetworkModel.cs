using ClockSim.Configuration;

namespace ClockSim.Analysis.Theory;

/// <summary>
/// The configured network as the model sees it: the share of messages a link delivers (1 − its loss rate) and the
/// mean delay of a message on it. Partitions last a while and then heal, so the model leaves them out. The engine's
/// own network is taken as lossless and instant (a fraction of a millisecond on loopback, 0.1 ms in virtual time).
/// </summary>
internal sealed class NetworkModel
{
    private readonly double _keep;
    private readonly double _delaySeconds;
    private readonly Dictionary<(int From, int To), (double Keep, double DelaySeconds)> _links = [];

    private NetworkModel(double keep, double delaySeconds)
    {
        _keep = keep;
        _delaySeconds = delaySeconds;
    }

    /// <summary>No loss, no delay: the network the spec's model was written for.</summary>
    public static NetworkModel Perfect { get; } = new(1, 0);

    public static NetworkModel Of(NetworkOptions options)
    {
        var model = new NetworkModel(1 - options.LossRate, MeanDelaySeconds(options.Delay));
        foreach (var link in options.Links)
        {
            model._links[(link.From, link.To)] = (1 - (link.LossRate ?? options.LossRate), MeanDelaySeconds(link.Delay ?? options.Delay));
        }

        return model;
    }

    /// <summary>The share of the messages from machine <paramref name="from"/> to <paramref name="to"/> (ids from 1) that arrive.</summary>
    public double Keep(int from, int to) => _links.TryGetValue((from, to), out var link) ? link.Keep : _keep;

    /// <summary>The mean delay of a message from <paramref name="from"/> to <paramref name="to"/>, in seconds.</summary>
    public double DelaySeconds(int from, int to) => _links.TryGetValue((from, to), out var link) ? link.DelaySeconds : _delaySeconds;

    /// <summary>The loss rate of a link, averaged over every link of a run of <paramref name="machines"/> machines.</summary>
    public double MeanLossRate(int machines) => 1 - MeanOverLinks(machines, Keep);

    /// <summary>The mean delay of a message, averaged over every link of a run of <paramref name="machines"/> machines, in seconds.</summary>
    public double MeanLinkDelaySeconds(int machines) => MeanOverLinks(machines, DelaySeconds);

    private static double MeanOverLinks(int machines, Func<int, int, double> of)
    {
        var sum = 0.0;
        for (var from = 1; from <= machines; from++)
        {
            for (var to = 1; to <= machines; to++)
            {
                sum += from == to ? 0 : of(from, to);
            }
        }

        return sum / (machines * (machines - 1.0));
    }

    /// <summary>The links whose share differs from the rest's, for the arrival rates' correction.</summary>
    public IEnumerable<(int From, int To, double Keep)> LinksWithOwnLoss() =>
        _links.Where(l => l.Value.Keep != _keep).Select(l => (l.Key.From, l.Key.To, l.Value.Keep));

    /// <summary>The uniform share of the links that have none of their own.</summary>
    public double DefaultKeep => _keep;

    /// <summary>The mean of a delay distribution, in seconds: MeanMs, or the middle of a uniform; 0 for the engine's own.</summary>
    public static double MeanDelaySeconds(DelayOptions delay) => delay.Distribution switch
    {
        DelayDistribution.Constant or DelayDistribution.Exponential => (delay.MeanMs ?? 0) / 1000,
        DelayDistribution.Uniform => ((delay.MinMs ?? 0) + (delay.MaxMs ?? 0)) / 2000,
        _ => 0,
    };
}
