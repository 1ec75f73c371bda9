using Microsoft.Extensions.Options;

namespace ClockSim.Tests.Configuration;

/// <summary>
/// An options class with every shape the settings walk must handle (an enum, a nullable value, a list of sections,
/// a list of lists), standing in for the sections the simulation will grow.
/// </summary>
public sealed class SampleOptions
{
    public const string SectionName = "Sample";

    public SampleMode Mode { get; set; } = SampleMode.Sockets;

    public double? Limit { get; set; }

    [ValidateEnumeratedItems]
    public SampleLink[] Links { get; set; } = [];

    public int[][] Groups { get; set; } = [];

    [ValidateObjectMembers]
    public SampleLink? Default { get; set; }
}
