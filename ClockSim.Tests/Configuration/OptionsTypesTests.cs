using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ClockSim.Configuration;
using ClockSim.Sweeps;
using ClockSim.Hosting;
using Microsoft.Extensions.Options;

namespace ClockSim.Tests.Configuration;

public sealed class OptionsTypesTests
{
    private static readonly DynamicDependencyAttribute[] Kept =
        [.. typeof(OptionsTypes).GetMethod(nameof(OptionsTypes.Keep))!.GetCustomAttributes<DynamicDependencyAttribute>()];

    public static TheoryData<string> SectionTypes() => [.. SectionTypeNames()];

    private static IEnumerable<string> SectionTypeNames() => SectionShapes().Select(s => s.Type.FullName!).Order(StringComparer.Ordinal);

    private static IEnumerable<SettingShape> SectionShapes()
    {
        IEnumerable<RootSection> roots = [.. InvocationSettings.Sections, .. SweepFileReader.Roots];
        var types = new HashSet<Type>();
        var shapes = new List<SettingShape>();
        foreach (var root in roots.Where(r => r.Shape is not null))
        {
            Collect(root.Shape!, types, shapes);
        }

        return shapes;
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

    /// <summary>A plain [Range] or [Required] would fail with the generated validator's text, not the rule's message with the key.</summary>
    [Fact]
    public void EveryRuleOfASetting_IsASettingRule() =>
        Assert.Empty(SectionShapes()
            .SelectMany(s => s.Properties.SelectMany(p => p.Rules.Select(r => (Key: $"{s.Type.Name}.{p.Name}", Rule: r))))
            .Where(r => r.Rule is not (SettingRangeAttribute or SettingRequiredAttribute))
            .Select(r => $"{r.Key}: {r.Rule.GetType().Name}"));

    /// <summary>
    /// The generator checks a nested section only through a marked property, and warns only when the section's own
    /// settings have rules. A sweep's axes are not validated as one section: each combination is.
    /// </summary>
    [Fact]
    public void EverySectionWithRulesInIt_IsValidatedThroughThePropertyThatHoldsIt() =>
        Assert.Empty(SectionShapes()
            .Where(s => s.Type != typeof(SweepOptions))
            .SelectMany(s => s.Properties.Select(p => (Key: $"{s.Type.Name}.{p.Name}", Property: p)))
            .Where(p => HasRules(p.Property.Shape) && !p.Property.Property.IsDefined(
                p.Property.Shape.Kind == ShapeKind.List ? typeof(ValidateEnumeratedItemsAttribute) : typeof(ValidateObjectMembersAttribute)))
            .Select(p => p.Key));

    private static bool HasRules(SettingShape shape) => shape.Kind switch
    {
        ShapeKind.Section => shape.Properties.Any(p => p.Rules.Count > 0 || HasRules(p.Shape)),
        ShapeKind.List => HasRules(shape.Element!),
        _ => false,
    };

    private static void Collect(SettingShape shape, HashSet<Type> types, List<SettingShape> shapes)
    {
        if (shape.Kind == ShapeKind.Section && types.Add(shape.Type))
        {
            shapes.Add(shape);
            foreach (var property in shape.Properties)
            {
                Collect(property.Shape, types, shapes);
            }
        }
        else if (shape.Kind == ShapeKind.List)
        {
            Collect(shape.Element!, types, shapes);
        }
    }
}
