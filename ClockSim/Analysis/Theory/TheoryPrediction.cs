namespace ClockSim.Analysis.Theory;

/// <summary>What the model predicts for one machine from the tick rates, the weights and the network (<see cref="TheoryModel"/>).</summary>
/// <param name="ArrivalRate">λ: messages reaching its queue per second.</param>
/// <param name="ReceivingShare">ρ: the share of its ticks spent receiving.</param>
/// <param name="QueueGrowth">λ − rate when the queue grows, else 0; messages per second.</param>
/// <param name="ClockRate">Logical clock units per second.</param>
/// <param name="DelayDrift">The mean drift the network's delay adds (≤ 0, clock units); NaN for a machine that cannot keep up.</param>
internal sealed record TheoryPrediction(
    int Machine,
    double TickRate,
    double ArrivalRate,
    double ReceivingShare,
    bool QueueGrows,
    double QueueGrowth,
    double ClockRate,
    double DelayDrift);
