namespace ClockSim.Tests.Support;

/// <summary>
/// The tests that count what the whole process holds (its open files): they run after every other test, one at a time, so
/// no other test opens or closes anything while they count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone in the process";
}
