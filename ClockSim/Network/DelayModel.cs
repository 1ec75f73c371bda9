using ClockSim.Configuration;
using ClockSim.Model;

namespace ClockSim.Network;

/// <summary>Draws one message's delay, in nanoseconds, from a configured distribution.</summary>
internal sealed class DelayModel
{
    private const double NanosecondsPerMillisecond = 1e6;

    private readonly DelayDistribution _distribution;
    private readonly double _meanMs;
    private readonly double _minMs;
    private readonly double _maxMs;

    public DelayModel(DelayOptions options)
    {
        _distribution = options.Distribution;
        _meanMs = options.MeanMs ?? 0;
        _minMs = options.MinMs ?? 0;
        _maxMs = options.MaxMs ?? 0;
    }

    /// <summary>The delay of the next message; <see langword="null"/> for <see cref="DelayDistribution.None"/>, the engine's own.</summary>
    public long? Draw(SeededRandom random) => _distribution switch
    {
        DelayDistribution.Constant => Nanoseconds(_meanMs),
        DelayDistribution.Uniform => Nanoseconds(_minMs + (random.NextDouble() * (_maxMs - _minMs))),

        // Inverse transform: −ln(1 − U) is exponential with mean 1 for U uniform in [0, 1).
        DelayDistribution.Exponential => Nanoseconds(_minMs - (Math.Log(1 - random.NextDouble()) * (_meanMs - _minMs))),
        _ => null,
    };

    private static long Nanoseconds(double milliseconds) => (long)Math.Round(milliseconds * NanosecondsPerMillisecond);
}
