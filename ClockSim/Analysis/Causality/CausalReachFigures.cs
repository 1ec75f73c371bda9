namespace ClockSim.Analysis.Causality;

/// <summary>
/// The causal reach time of a run's events: how long an event takes to be in the causal past of an event on every
/// other machine (see <see cref="CausalReach"/>), averaged over the events whose reach completed before the run ended.
/// </summary>
/// <param name="Events">Events followed: every event, or every <paramref name="Stride"/>-th tick of each machine in a large run.</param>
/// <param name="Completed">Followed events that reached every other machine before the run ended.</param>
/// <param name="NotCompleted">Followed events that some machine never heard of: the run's last moments, or a machine cut off.</param>
/// <param name="NotCompletedShare"><paramref name="NotCompleted"/> / <paramref name="Events"/>.</param>
/// <param name="MeanSeconds">The mean reach time of the completed events, in seconds; NaN when none completed.</param>
/// <param name="Stride">1 when every event is followed; otherwise the step between the followed ticks of a machine.</param>
internal sealed record CausalReachFigures(long Events, long Completed, long NotCompleted, double NotCompletedShare, double MeanSeconds, int Stride);
