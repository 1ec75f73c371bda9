using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace ClockSim.Configuration;

/// <summary>One named setting of a section: its property, its shape, what it means and the attributes that limit it.</summary>
internal sealed class SettingProperty
{
    private static readonly NullabilityInfoContext Nullability = new();

    private SettingProperty(PropertyInfo property, SettingShape shape)
    {
        Property = property;
        Shape = shape;
    }

    public string Name => Property.Name;

    public PropertyInfo Property { get; }

    public SettingShape Shape { get; }

    /// <summary>The property's <see cref="DescriptionAttribute"/>: one sentence for <c>run --help</c>.</summary>
    public string Description => Property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";

    /// <summary>The data-annotation rules of the property (its range, whether it is required).</summary>
    public IReadOnlyList<ValidationAttribute> Rules => [.. Property.GetCustomAttributes<ValidationAttribute>()];

    /// <summary>Whether the setting is about this computer rather than the run (see <see cref="LocalSettingAttribute"/>).</summary>
    public bool IsLocal => Property.IsDefined(typeof(LocalSettingAttribute));

    internal static SettingProperty Create(PropertyInfo property, HashSet<Type> enclosing)
    {
        var nullableText = !property.PropertyType.IsValueType && Nullability.Create(property).WriteState == NullabilityState.Nullable;
        return new SettingProperty(property, SettingShape.Build(property.PropertyType, nullableText, enclosing));
    }
}
