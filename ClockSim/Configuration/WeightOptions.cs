using System.ComponentModel;
using ClockSim.Model;

namespace ClockSim.Configuration;

/// <summary>
/// Relative weights of the three actions of a tick with an empty queue. They need not sum to
/// anything: the defaults 2/1/7 are the classic 1-to-10 die (1–2 send to one, 3 send to all, 4–10 internal).
/// </summary>
public sealed class WeightOptions
{
    /// <summary>
    /// The largest weight, 10⁹: the three weights then add up to a finite sum however large each is, and a weight of 1
    /// beside two of 10⁹ still has its share (5·10⁻¹⁰) resolved by a draw of 53 random bits.
    /// </summary>
    public const double MaxWeight = 1e9;

    [Description("Weight of sending to one peer, chosen uniformly (0 or more).")]
    [SettingRange(0, MaxWeight, ErrorMessage = "{0} is {3}; a weight must be a number from 0 to {2:0e0}.")]
    public double SendToOne { get; set; } = 2;

    [Description("Weight of sending to every peer (0 or more).")]
    [SettingRange(0, MaxWeight, ErrorMessage = "{0} is {3}; a weight must be a number from 0 to {2:0e0}.")]
    public double SendToAll { get; set; } = 1;

    [Description("Weight of an internal event (0 or more; the weights are not all 0).")]
    [SettingRange(0, MaxWeight, ErrorMessage = "{0} is {3}; a weight must be a number from 0 to {2:0e0}.")]
    public double Internal { get; set; } = 7;

    /// <summary>The weights as the model takes them.</summary>
    internal ActionWeights ToActionWeights() => new(SendToOne, SendToAll, Internal);
}
