namespace ClockSim.Analysis.Causality;

/// <summary>The causality figures of the pairs of events, one on machine <see cref="First"/>, one on <see cref="Second"/>.</summary>
internal sealed record MachinePairCausality(int First, int Second, long Pairs, long LamportOrdered, long HappenedBefore, long Concurrent, double FalseOrderShare);
