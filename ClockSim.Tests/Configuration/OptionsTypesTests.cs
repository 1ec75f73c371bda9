using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ClockSim.Configuration;
using ClockSim.Sweeps;
using ClockSim.Hosting;

namespace ClockSim.Tests.Configuration;

public sealed class OptionsTypesTests
{
    private static readonly DynamicDependencyAttribute[] Kept =
        [.. typeof(OptionsTypes).GetMethod(nameof(OptionsTypes.Keep))!.GetCustomAttributes<DynamicDependencyAttribute>()];

    public static TheoryData<string> SectionTypes() => [.. SectionTypeNames()];

    private static IEnumerable<string> SectionTypeNames()
    {
        IEnumerable<RootSection> roots = [.. InvocationSettings.Sections, .. SweepAxes.Roots];
        var types = new HashSet<Type>();
        foreach (var root in roots.Where(r => r.Shape is not null))
        {
            Collect(root.Shape!, types);
        }

        return types.Select(t => t.FullName!).Order(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SectionTypes))]
    public void EverySectionTheProgramReads_KeepsItsPropertiesAndConstructorWhenTrimmed(string typeName)
    {
        var kept = Kept.SingleOrDefault(k => k.Type?.FullName == typeName);

        Assert.True(kept is not null, $"{typeName} is a section of the settings but not named in OptionsTypes.Keep.");
        Assert.Equal(
            DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor,
            kept.MemberTypes);
    }

    [Fact]
    public void Roots_ReachEveryOptionsClass() =>
        Assert.Equal(Kept.Select(k => k.Type!.FullName!).Order(StringComparer.Ordinal), SectionTypeNames());

    private static void Collect(SettingShape shape, HashSet<Type> types)
    {
        if (shape.Kind == ShapeKind.Section && types.Add(shape.Type))
        {
            foreach (var property in shape.Properties)
            {
                Collect(property.Shape, types);
            }
        }
        else if (shape.Kind == ShapeKind.List)
        {
            Collect(shape.Element!, types);
        }
    }
}
