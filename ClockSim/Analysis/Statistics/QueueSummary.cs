namespace ClockSim.Analysis.Statistics;

/// <summary>One machine's queue length after each tick's action.</summary>
/// <param name="MeanOverTicks">The plain mean of the QueueLength column.</param>
/// <param name="TimeWeightedMean">The mean over real time, each value held until the next tick.</param>
/// <param name="GrowthPerSecond">The least-squares slope of queue length against real time, in messages per second.</param>
internal sealed record QueueSummary(double MeanOverTicks, double TimeWeightedMean, int Max, int Final, double GrowthPerSecond);
