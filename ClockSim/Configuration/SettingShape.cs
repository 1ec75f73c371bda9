using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ClockSim.Configuration;

/// <summary>What a setting is to configuration.</summary>
internal enum ShapeKind
{
    /// <summary>One value: a number, text, true/false or an enum name.</summary>
    Value,

    /// <summary>A section of named settings: a class.</summary>
    Section,

    /// <summary>A list numbered from 0: an array.</summary>
    List,
}

/// <summary>A top-level section the program reads, e.g. <c>Simulation</c>; a null shape is one another library owns (<c>Logging</c>).</summary>
internal sealed record RootSection(string Name, SettingShape? Shape)
{
    public static RootSection For<TOptions>(string name) => new(name, SettingShape.Of(typeof(TOptions)));
}

/// <summary>One named setting of a section: its property, its shape, and its [Description] and limits for help.</summary>
internal sealed record SettingProperty(PropertyInfo Property, SettingShape Shape)
{
    public string Name => Property.Name;

    public string Description => Property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";

    public IReadOnlyList<ValidationAttribute> Rules => [.. Property.GetCustomAttributes<ValidationAttribute>()];

    /// <summary>Whether the setting is about this computer rather than the run (see <see cref="LocalSettingAttribute"/>).</summary>
    public bool IsLocal => Property.IsDefined(typeof(LocalSettingAttribute));
}

/// <summary>
/// What an options type looks like to configuration, found by reflection: a section (a class's public settable
/// properties), a list (an array) or one value. The checker, <c>run --help</c> and the binder's null handling walk this
/// one description, so a setting added to an options class needs no further code; its class must be named in
/// <see cref="OptionsTypes"/>, which keeps its properties and constructor when the program is trimmed.
/// </summary>
internal sealed class SettingShape
{
    private const string KeptByOptionsTypes = "Every section type is an options class named in OptionsTypes, which keeps its public properties and parameterless constructor.";
    private static readonly NullabilityInfoContext Nullability = new();

    private SettingShape(Type type, ShapeKind kind, bool acceptsNull) => (Type, Kind, AcceptsNull) = (type, kind, acceptsNull);

    /// <summary>The type the setting binds to; for a value, without its <see cref="Nullable{T}"/> wrapper.</summary>
    public Type Type { get; }

    public ShapeKind Kind { get; }

    /// <summary>Whether null (written <c>null</c>, or left empty) is a valid value: a nullable value or nullable text.</summary>
    public bool AcceptsNull { get; }

    /// <summary>The settings of a section, in declaration order.</summary>
    public IReadOnlyList<SettingProperty> Properties { get; private init; } = [];

    /// <summary>The shape of each entry of a list.</summary>
    public SettingShape? Element { get; private init; }

    /// <exception cref="NotSupportedException">A property has a type configuration cannot hold (a dictionary, an interface, a cycle).</exception>
    public static SettingShape Of(Type optionsType)
    {
        OptionsTypes.Keep();
        return Build(optionsType, acceptsNull: false, []);
    }

    /// <summary>The setting of this section called <paramref name="name"/>, ignoring case as configuration does.</summary>
    public SettingProperty? Find(string name) => Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The key of every setting of this section and of its nested sections: <c>Simulation:Weights:Internal</c>.</summary>
    public IEnumerable<string> Keys(string path) =>
        Kind == ShapeKind.Section ? Properties.SelectMany(p => p.Shape.Keys(path + ":" + p.Name).Prepend(path + ":" + p.Name)) : [];

    /// <summary>A new section of this shape holding its class's defaults.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = KeptByOptionsTypes)]
    public object NewSection() => Activator.CreateInstance(Type)!;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptByOptionsTypes)]
    private static SettingShape Build(Type type, bool acceptsNull, HashSet<Type> enclosing)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Build(underlying, acceptsNull: true, enclosing);
        }

        if (SettingValue.IsValueType(type))
        {
            return new SettingShape(type, ShapeKind.Value, acceptsNull);
        }

        if (type.IsArray)
        {
            return new SettingShape(type, ShapeKind.List, acceptsNull: false) { Element = Build(type.GetElementType()!, acceptsNull: false, enclosing) };
        }

        if (!type.IsClass || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null || typeof(System.Collections.IEnumerable).IsAssignableFrom(type) || !enclosing.Add(type))
        {
            throw new NotSupportedException($"{type.Name} cannot be a setting: use a value, an array, or a class with a parameterless constructor, without cycles.");
        }

        SettingProperty[] properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod?.IsPublic == true && p.SetMethod?.IsPublic == true && p.GetIndexParameters().Length == 0)
            .Select(p => new SettingProperty(p, Build(p.PropertyType, !p.PropertyType.IsValueType && Nullability.Create(p).WriteState == NullabilityState.Nullable, enclosing)))];
        enclosing.Remove(type);
        return new SettingShape(type, ShapeKind.Section, acceptsNull: false) { Properties = properties };
    }
}
