namespace ClockSim.Tests.Configuration;

/// <summary>An enum setting, for the tests of the generic settings walk.</summary>
public enum SampleMode
{
    Sockets,
    Virtual,
}
