namespace ClockSim.Tests.Support;

/// <summary>
/// The tests that run a sweep (or another command with a live progress display) in this process: a console takes one
/// live display at a time, so they run one after another rather than beside each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "Live console";
}
