using System.Globalization;
using ClockSim.Configuration;
using static System.FormattableString;

namespace ClockSim.Analysis.Theory;

/// <summary>A configured network in a few words, for the console, summary.md and the report.</summary>
internal static class NetworkDescription
{
    public static string Of(NetworkOptions network, SimulationEngine engine)
    {
        if (network.IsDefault())
        {
            return engine == SimulationEngine.Virtual
                ? "the engine's own: every message arrives 0.1 ms after its send, in order, none lost"
                : "the engine's own: loopback TCP, in order, none lost";
        }

        var parts = new List<string> { "delay " + Delay(network.Delay) };
        if (network.LossRate > 0)
        {
            parts.Add(Invariant($"loss {network.LossRate * 100:0.##} %"));
        }

        parts.Add(network.Fifo ? "each link in order (FIFO)" : "messages may overtake (not FIFO)");
        parts.AddRange(network.Partitions.Select(p => Invariant($"a partition from {p.FromSeconds:0.###} s to {p.ToSeconds:0.###} s ")
            + "(" + string.Join(" | ", p.Groups.Select(g => string.Join(", ", g.Select(id => "M" + id.ToString(CultureInfo.InvariantCulture))))) + ")"));
        parts.AddRange(network.Links.Select(l => Invariant($"link M{l.From} → M{l.To}: ")
            + string.Join(", ", new[] { l.Delay is null ? null : "delay " + Delay(l.Delay), l.LossRate is { } loss ? Invariant($"loss {loss * 100:0.##} %") : null }.OfType<string>())));
        return string.Join("; ", parts);
    }

    private static string Delay(DelayOptions delay) => delay.Distribution switch
    {
        DelayDistribution.Constant => Invariant($"constant {delay.MeanMs:0.###} ms"),
        DelayDistribution.Uniform => Invariant($"uniform {delay.MinMs:0.###}–{delay.MaxMs:0.###} ms"),
        DelayDistribution.Exponential => Invariant($"{delay.MinMs:0.###} ms + exponential, mean {delay.MeanMs:0.###} ms"),
        _ => "the engine's own",
    };
}
