using System.ComponentModel;
using Microsoft.Extensions.Options;

namespace ClockSim.Configuration;

/// <summary>
/// The network's conditions (section <c>Simulation:Network</c>), the same in both engines. Every key is optional;
/// the defaults are the engine's own network: no added delay, no loss, no partition, in order on every link.
/// </summary>
public sealed class NetworkOptions
{
    /// <summary>The delay of every message, unless its link has its own.</summary>
    public DelayOptions Delay { get; set; } = new();

    /// <summary>The chance that a message is lost, in [0, 1). Default 0.</summary>
    [Description("The chance that a message is lost, from 0 up to (not including) 1.")]
    [SettingRange(0, 1, MaximumIsExclusive = true, ErrorMessage = "{0} is {3}; a loss rate must be from 0 up to (not including) 1.")]
    public double LossRate { get; set; }

    /// <summary>
    /// Default <see langword="true"/>: like TCP, a link never reorders (a message never arrives before one sent
    /// earlier on the same link). <see langword="false"/>: each message keeps its own delay and may overtake.
    /// </summary>
    [Description("true: a link never reorders its messages, like TCP; false: a later message may overtake an earlier one.")]
    public bool Fifo { get; set; } = true;

    /// <summary>Timed partitions, none by default.</summary>
    public PartitionOptions[] Partitions { get; set; } = [];

    /// <summary>Per-link overrides of delay and loss, none by default.</summary>
    [ValidateEnumeratedItems]
    public LinkOptions[] Links { get; set; } = [];

    /// <summary>Whether anything differs from the engine's own network.</summary>
    public bool IsDefault() =>
        Delay.Distribution == DelayDistribution.None && LossRate == 0 && Partitions.Length == 0 && Links.Length == 0;
}
