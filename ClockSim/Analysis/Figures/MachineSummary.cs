namespace ClockSim.Analysis.Figures;

/// <summary>
/// One machine's figures at the end of a run, as a sweep records them: the same definitions as the analysis of a
/// run folder (see <c>README.md</c>, "Reading the analysis"). Drift is never positive; rates are per second of the run.
/// </summary>
internal sealed record MachineSummary(
    int Machine,
    double TickRate,
    long Ticks,
    long FinalClock,
    double ClockRate,
    double JumpMean,
    long JumpMax,
    double DriftMean,
    long DriftLowest,
    double QueueMean,
    int QueueMax,
    int QueueFinal,
    double QueueGrowth,
    double ArrivalRate,
    double ReceiveShare);
