using System.ComponentModel;
using Microsoft.Extensions.Options;

namespace ClockSim.Configuration;

/// <summary>
/// The machines' own clocks (section <c>Simulation:Clocks</c>): the physical clock each machine reads, and how the
/// clocks are synchronised. The defaults are one computer's single clock, read to the microsecond, never synchronised.
/// </summary>
public sealed class ClockOptions
{
    [Description("Each machine's physical clock: offset, drift and resolution.")]
    [ValidateObjectMembers]
    public PhysicalClockOptions Physical { get; set; } = new();

    [Description("How the physical clocks are synchronised: None, or Cristian's algorithm with machine 1 as the time server.")]
    [ValidateObjectMembers]
    public SyncOptions Sync { get; set; } = new();

    /// <summary>Whether these are the defaults: one clock for every machine, read to the microsecond, never synchronised.</summary>
    public bool IsDefault()
    {
        var defaults = new PhysicalClockOptions();
        return Physical.MaxOffsetMs == defaults.MaxOffsetMs && Physical.MaxDriftPpm == defaults.MaxDriftPpm
            && Physical.ResolutionMs == defaults.ResolutionMs && Sync.Method == SyncMethod.None;
    }
}
