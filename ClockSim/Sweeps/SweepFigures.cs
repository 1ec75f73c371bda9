namespace ClockSim.Sweeps;

/// <summary>
/// The figures a sweep summarises per machine: those of <see cref="Analysis.Figures.MachineSummary"/>, with the same
/// definitions as the analysis of a run folder, and the load λ/r. The model predicts the clock rate, the arrival rate,
/// the receiving share, the queue growth and the load; its mean jump is its clock rate over the tick rate, since the
/// jumps of a run add up to its final clock.
/// </summary>
internal static class SweepFigures
{
    public static readonly SweepFigure TickRate = new("TickRate", "Tick rate (ticks/s)", 2, m => m.TickRate);
    public static readonly SweepFigure ClockRate = new("ClockRate", "Clock rate (units/s)", 2, m => m.ClockRate, p => p.ClockRate);
    public static readonly SweepFigure JumpMean = new("JumpMean", "Mean jump", 2, m => m.JumpMean, p => p.ClockRate / p.TickRate);
    public static readonly SweepFigure DriftMean = new("DriftMean", "Mean drift (units)", 1, m => m.DriftMean);
    public static readonly SweepFigure QueueGrowth = new("QueueGrowth", "Queue growth (msg/s)", 2, m => m.QueueGrowth, p => p.QueueGrowth);
    public static readonly SweepFigure ArrivalRate = new("ArrivalRate", "Arrival rate λ (msg/s)", 2, m => m.ArrivalRate, p => p.ArrivalRate);
    public static readonly SweepFigure Load = new("Load", "Load λ/r", 2, m => m.ArrivalRate / m.TickRate, p => p.ArrivalRate / p.TickRate);

    public static readonly IReadOnlyList<SweepFigure> All =
    [
        TickRate,
        new("Ticks", "Ticks", 1, m => m.Ticks),
        new("FinalClock", "Final clock", 1, m => m.FinalClock),
        ClockRate,
        JumpMean,
        new("JumpMax", "Largest jump", 1, m => m.JumpMax),
        DriftMean,
        new("DriftLowest", "Lowest drift (units)", 1, m => m.DriftLowest),
        new("QueueMean", "Mean queue (messages)", 2, m => m.QueueMean),
        new("QueueMax", "Longest queue (messages)", 1, m => m.QueueMax),
        new("QueueFinal", "Queue at the end (messages)", 1, m => m.QueueFinal),
        QueueGrowth,
        ArrivalRate,
        new("ReceiveShare", "Receiving share ρ", 3, m => m.ReceiveShare, p => p.ReceivingShare),
        Load,
    ];
}
