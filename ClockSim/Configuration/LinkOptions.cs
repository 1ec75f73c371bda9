using System.ComponentModel;

namespace ClockSim.Configuration;

/// <summary>The network of one direction between two machines, where it differs from the rest.</summary>
public sealed class LinkOptions
{
    [Description("The sending machine's id.")]
    public int From { get; set; }

    [Description("The receiving machine's id.")]
    public int To { get; set; }

    /// <summary>This link's delay; absent: the network's.</summary>
    public DelayOptions? Delay { get; set; }

    /// <summary>This link's loss rate; absent: the network's.</summary>
    [Description("This link's chance of losing a message, from 0 up to (not including) 1.")]
    [SettingRange(0, 1, MaximumIsExclusive = true, ErrorMessage = "{0} is {3}; a loss rate must be from 0 up to (not including) 1.")]
    public double? LossRate { get; set; }
}
