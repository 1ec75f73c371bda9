using ClockSim.Analysis.Causality;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Analysis.Report;

/// <summary>The causality figures in words and tables, the same for the console and for summary.md.</summary>
internal static class CausalityText
{
    /// <summary>One sentence: how many pairs Lamport orders and what share of them is concurrent, exact or estimated.</summary>
    public static string Sentence(RunAnalysis run)
    {
        if (run.Causality is not { } c)
        {
            return $"Causality: unavailable, because {run.CausalityUnavailableBecause}.";
        }

        var how = c.Exact
            ? "counted exactly"
            : $"estimated from a seeded sample of {Whole(c.SampledPairs)} pairs; 95 % interval {Percent(c.ShareLow)} to {Percent(c.ShareHigh)}";
        return $"Causality: of {Whole(c.Pairs)} pairs of events on different machines, Lamport's clock orders {Whole(c.LamportOrdered)}; "
            + $"{Whole(c.HappenedBefore)} of those are ordered by happened-before and {Whole(c.Concurrent)} are concurrent, so "
            + $"{Percent(c.FalseOrderShare)} of the order Lamport gives is invented ({how}). {Reach(c.Reach)}";
    }

    /// <summary>The causal reach time in one sentence, with how many events it covers and how many never reached every machine.</summary>
    public static string Reach(CausalReachFigures r)
    {
        var followed = r.Stride == 1 ? $"{Whole(r.Completed)} of {Whole(r.Events)} events" : $"{Whole(r.Completed)} of {Whole(r.Events)} events followed (one tick in {Whole(r.Stride)} of each machine)";
        return $"An event is in the causal past of an event on every other machine after {Number(r.MeanSeconds, 3)} s on average (causal reach time, over {followed}; "
            + $"{Whole(r.NotCompleted)} ({Percent(r.NotCompletedShare)}) had not reached every machine when the run ended).";
    }

    /// <summary>The section of summary.md: the totals, the explanation and a row per pair of machines.</summary>
    public static string Section(RunAnalysis run)
    {
        if (run.Causality is not { } c)
        {
            return $"Unavailable: {run.CausalityUnavailableBecause}.\n";
        }

        var labels = run.Machines.ToDictionary(m => m.Machine, m => m.Label);
        var explanation = "Take two events a and b on different machines. If L(a) < L(b), Lamport's clock puts a first; but a could have "
            + "affected b only if it happened before b, which the vector clocks tell exactly (b's entry for a's machine is at least a's tick). "
            + "A Lamport-ordered pair that is concurrent is an order the clock invented. The false-order share is concurrent / Lamport-ordered.";
        var method = c.Exact
            ? $"Every pair is counted (exact up to (machines − 1) × events = {Whole(CausalityCounter.ExactLimit)})."
            : $"The run is too large to count every pair: the figures are estimated from a seeded uniform sample of {Whole(c.SampledPairs)} pairs, "
              + $"and the false-order share's 95 % (Wilson) interval is {Percent(c.ShareLow)} to {Percent(c.ShareHigh)}.";
        var totals = MarkdownTable.Render(
            ["Pairs on different machines", "Lamport-ordered", "Ordered by happened-before", "Concurrent", "False-order share"],
            [[Whole(c.Pairs), Whole(c.LamportOrdered), Whole(c.HappenedBefore), Whole(c.Concurrent), Percent(c.FalseOrderShare)]]);
        var byPair = c.ByPair.Count == 0
            ? $"Per pair of machines: left out above {Whole(CausalityCounter.MaxMachinesByPair)} machines.\n"
            : MarkdownTable.Render(
                ["Machines", "Pairs", "Lamport-ordered", "Ordered by happened-before", "Concurrent", "False-order share"],
                c.ByPair.Select(p => (IReadOnlyList<string>)[$"{labels[p.First]} · {labels[p.Second]}", Whole(p.Pairs), Whole(p.LamportOrdered),
                    Whole(p.HappenedBefore), Whole(p.Concurrent), Percent(p.FalseOrderShare)]));
        var reach = "How fast influence spreads, a figure that does not shrink as the run grows longer (the false-order share falls as 1 / duration "
            + "for machines that keep up): an event's *causal reach time* is the time until it is in the causal past of an event on every other "
            + "machine, i.e. until each other machine has an event whose vector entry for the event's machine is at least its tick. "
            + Reach(c.Reach);
        return $"{explanation}\n\n{method}\n\n{totals}\n{byPair}\n{reach}\n";
    }
}
