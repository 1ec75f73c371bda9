namespace ClockSim.Configuration;

/// <summary>
/// Relative weights of the three actions of a tick with an empty queue. They need not sum to
/// anything: the defaults 2/1/7 are the classic 1-to-10 die (1–2 send to one, 3 send to all, 4–10 internal).
/// </summary>
public sealed class WeightOptions
{
    /// <summary>Weight of sending to one peer, chosen uniformly. Default 2.</summary>
    public double SendToOne { get; set; } = 2;

    /// <summary>Weight of sending to every peer. Default 1.</summary>
    public double SendToAll { get; set; } = 1;

    /// <summary>Weight of an internal event. Default 7.</summary>
    public double Internal { get; set; } = 7;
}
