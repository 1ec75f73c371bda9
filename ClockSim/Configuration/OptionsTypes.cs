using System.Diagnostics.CodeAnalysis;

namespace ClockSim.Configuration;

/// <summary>
/// Every options class configuration binds, as a section or as an entry of a list. Binding is generated code, but the
/// checker, <c>run --help</c> and <c>--dry-run</c> find the classes' properties (and help creates them) by reflection,
/// which trimming cannot follow; each class named here keeps its public properties and its parameterless constructor
/// in a trimmed or native build. A new options class belongs here too:
/// <c>OptionsTypesTests</c> walks every section the program reads and fails on one that is missing.
/// </summary>
internal static class OptionsTypes
{
    private const DynamicallyAccessedMemberTypes Kept =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor;

    /// <summary>Called wherever a shape is built, so that the classes below are kept whenever shapes are.</summary>
    [DynamicDependency(Kept, typeof(SimulationOptions))]
    [DynamicDependency(Kept, typeof(WeightOptions))]
    [DynamicDependency(Kept, typeof(NetworkOptions))]
    [DynamicDependency(Kept, typeof(DelayOptions))]
    [DynamicDependency(Kept, typeof(PartitionOptions))]
    [DynamicDependency(Kept, typeof(LinkOptions))]
    [DynamicDependency(Kept, typeof(ClockOptions))]
    [DynamicDependency(Kept, typeof(PhysicalClockOptions))]
    [DynamicDependency(Kept, typeof(SyncOptions))]
    [DynamicDependency(Kept, typeof(ExperimentOptions))]
    [DynamicDependency(Kept, typeof(SweepOptions))]
    [DynamicDependency(Kept, typeof(SeedRangeOptions))]
    public static void Keep()
    {
    }
}
