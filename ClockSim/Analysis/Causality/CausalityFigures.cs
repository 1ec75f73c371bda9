namespace ClockSim.Analysis.Causality;

/// <summary>
/// How much order Lamport's clock invents: among pairs of events on different machines, those whose Lamport clocks
/// differ (Lamport puts one first), how many are really ordered by happened-before, and how many are concurrent:
/// an order the clock invented. Exact, or estimated from a seeded sample of pairs with a 95 % interval for the share.
/// </summary>
/// <param name="Exact">Whether every pair was counted; otherwise the counts are estimates from <paramref name="SampledPairs"/> pairs.</param>
/// <param name="Pairs">Pairs of events on different machines.</param>
/// <param name="LamportOrdered">Pairs whose Lamport clocks differ.</param>
/// <param name="HappenedBefore">Pairs in which one event happened before the other (all of them Lamport-ordered).</param>
/// <param name="Concurrent">Lamport-ordered pairs that are concurrent: neither could have affected the other.</param>
/// <param name="FalseOrderShare"><paramref name="Concurrent"/> / <paramref name="LamportOrdered"/>.</param>
/// <param name="ShareLow">The 95 % interval's lower end for a sampled share; equal to the share when exact.</param>
/// <param name="ShareHigh">The 95 % interval's upper end.</param>
/// <param name="ByPair">The same figures per pair of machines, or empty above <see cref="CausalityCounter.MaxMachinesByPair"/> machines.</param>
/// <param name="Reach">How fast influence spreads: the causal reach time, a figure that does not shrink as the run grows longer.</param>
internal sealed record CausalityFigures(
    bool Exact,
    long Pairs,
    long LamportOrdered,
    long HappenedBefore,
    long Concurrent,
    double FalseOrderShare,
    double ShareLow,
    double ShareHigh,
    int SampledPairs,
    IReadOnlyList<MachinePairCausality> ByPair,
    CausalReachFigures Reach);
