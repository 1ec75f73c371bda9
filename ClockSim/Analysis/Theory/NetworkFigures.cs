using ClockSim.Recording;

namespace ClockSim.Analysis.Theory;

/// <summary>The configured network beside what the run measured of it.</summary>
/// <param name="Configured">The network in words, e.g. <c>delay uniform 10–30 ms, loss 20 %, links in order</c>.</param>
/// <param name="IsDefault">Whether it is the engine's own network, nothing configured.</param>
/// <param name="ConfiguredMeanDelayMs">The configured mean delay of a message, averaged over the links (per-link settings included), in ms; 0 on the engine's own network.</param>
/// <param name="MeasuredMeanDelayMs">The mean time from a send row to its receive row: the network's delay plus the wait in the queue.</param>
/// <param name="ConfiguredLossRate">The configured chance of losing a message, averaged over the links (per-link settings included).</param>
/// <param name="MeasuredLossShare">Messages lost over messages sent.</param>
/// <param name="Messages">Where every message ended up.</param>
internal sealed record NetworkFigures(
    string Configured,
    bool IsDefault,
    double ConfiguredMeanDelayMs,
    double MeasuredMeanDelayMs,
    double ConfiguredLossRate,
    double MeasuredLossShare,
    MessageAccount Messages);
