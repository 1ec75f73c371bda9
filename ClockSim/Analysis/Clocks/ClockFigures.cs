using System.Text.Json.Serialization;
using ClockSim.Clocks;
using ClockSim.Model;

namespace ClockSim.Analysis.Clocks;

/// <summary>
/// The four clocks of a run side by side, against happened-before (from the vector clocks) and true time (<c>ElapsedMs</c>),
/// over the pairs of events on different machines: every pair, or a seeded sample of <see cref="PairsCompared"/> of them.
/// </summary>
/// <param name="Exact">Whether every pair was compared; otherwise the shares are estimates from the sample.</param>
/// <param name="PairsCompared">Pairs of events on different machines compared.</param>
/// <param name="HappenedBefore">Of those, the pairs in which one event happened before the other.</param>
/// <param name="Clocks">Physical, Lamport, vector, hybrid logical: one row each, in that order.</param>
/// <param name="Messages">Messages received.</param>
/// <param name="ReceivedBeforeSent">Messages whose receive the receiver's clock stamps before the sender's clock stamped the send.</param>
/// <param name="SkewMs">ε: the largest offset between two machines' clocks observed in the run, max(PhysicalMs − ElapsedMs) − min(PhysicalMs − ElapsedMs) over every row.</param>
/// <param name="ResolutionMs">The clocks' resolution.</param>
/// <param name="HlcLargestAheadMs">The largest l − PhysicalMs of any event: the hybrid clock's lead on its own machine's clock.</param>
/// <param name="HlcMaxCounter">The largest c of any event.</param>
/// <param name="Sync">What Cristian's synchronisation did, or null without it.</param>
internal sealed record ClockFigures(
    bool Exact,
    long PairsCompared,
    long HappenedBefore,
    IReadOnlyList<ClockRow> Clocks,
    long Messages,
    long ReceivedBeforeSent,
    double SkewMs,
    double ResolutionMs,
    double HlcLargestAheadMs,
    long HlcMaxCounter,
    SyncFigures? Sync)
{
    /// <summary>HlcBound's limit: ε plus one resolution step.</summary>
    public double HlcBoundMs => SkewMs + ResolutionMs;

    /// <summary>How far below its limit the hybrid clock's largest lead stayed.</summary>
    public double HlcBoundSlackMs => HlcBoundMs - HlcLargestAheadMs;

    /// <summary>The share of messages received before they were sent, by the machines' own clocks.</summary>
    public double ReceivedBeforeSentShare => Messages > 0 ? (double)ReceivedBeforeSent / Messages : double.NaN;

    [JsonIgnore]
    public ClockRow Physical => Clocks[0];

    [JsonIgnore]
    public ClockRow Hlc => Clocks[3];
}

/// <summary>One clock's row of <see cref="ClockFigures"/>.</summary>
/// <param name="Clock">Physical, Lamport, Vector or HLC.</param>
/// <param name="Wrong">Pairs in which one event happened before the other, but the clock stamps the effect before the cause.</param>
/// <param name="WrongShare"><paramref name="Wrong"/> over the pairs ordered by happened-before.</param>
/// <param name="Ordered">Pairs whose two stamps differ: the clock puts one first.</param>
/// <param name="Invented">Of those, concurrent pairs: an order the clock invented.</param>
/// <param name="InventedShare"><paramref name="Invented"/> over <paramref name="Ordered"/>.</param>
/// <param name="LargestDistanceMs">The largest distance of its stamp from true time, in milliseconds; NaN for a clock that has no time (Lamport, vector).</param>
internal sealed record ClockRow(string Clock, long Wrong, double WrongShare, long Ordered, long Invented, double InventedShare, double LargestDistanceMs);

/// <summary>What Cristian's synchronisation did over a run: its corrections (<c>sync.csv</c>), those that set a clock back, the largest step and the mean round trip.</summary>
internal sealed record SyncFigures(long Adjustments, long BackwardSteps, double LargestStepMs, double MeanRoundTripMs)
{
    /// <summary>From the corrections as the synchronisation made them, in the milliseconds <c>sync.csv</c> writes.</summary>
    public static SyncFigures Of(IEnumerable<SyncAdjustment> adjustments) =>
        Of([.. adjustments.Select(a => (ClockReading.Milliseconds(a.AfterNs - a.BeforeNs), ClockReading.Milliseconds(a.RoundTripNs)))]);

    public static SyncFigures Of(IReadOnlyList<(double StepMs, double RoundTripMs)> steps) => new(
        steps.Count,
        steps.Count(s => s.StepMs < 0),
        steps.Count > 0 ? steps.Max(s => Math.Abs(s.StepMs)) : 0,
        steps.Count > 0 ? steps.Average(s => s.RoundTripMs) : double.NaN);
}
