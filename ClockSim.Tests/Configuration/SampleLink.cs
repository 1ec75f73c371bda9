using ClockSim.Configuration;

namespace ClockSim.Tests.Configuration;

/// <summary>An entry of a list of sections, for the tests of the generic settings walk.</summary>
public sealed class SampleLink
{
    public int From { get; set; }

    public double Delay { get; set; } = 1;

    [SettingRange(0.0, 1.0)]
    public double LossRate { get; set; }
}
