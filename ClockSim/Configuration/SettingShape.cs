using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ClockSim.Configuration;

/// <summary>
/// What an options type looks like to configuration, found by reflection: a section (a class and its public
/// settable properties), a list (an array of anything) or one value. The checker, <c>run --help</c> and <c>--dry-run</c>
/// walk this one description (and the binder's generated code the classes themselves), so a setting added to an
/// options class is checked, bound, listed and shown without any further code. A section's class must be named in
/// <see cref="OptionsTypes"/>, which keeps its properties and constructor when the program is trimmed.
/// </summary>
internal sealed class SettingShape
{
    private const string KeptByOptionsTypes = "Every section type is an options class named in OptionsTypes, which keeps its public properties and parameterless constructor.";

    private SettingShape(Type type, ShapeKind kind, bool acceptsNull)
    {
        Type = type;
        Kind = kind;
        AcceptsNull = acceptsNull;
    }

    /// <summary>The type the setting binds to; for a value, without its <see cref="Nullable{T}"/> wrapper.</summary>
    public Type Type { get; }

    public ShapeKind Kind { get; }

    /// <summary>Whether null (written <c>null</c>, or left empty) is a valid value: a nullable value or nullable text.</summary>
    public bool AcceptsNull { get; }

    /// <summary>The settings of a section, in declaration order.</summary>
    public IReadOnlyList<SettingProperty> Properties { get; private init; } = [];

    /// <summary>The shape of each entry of a list.</summary>
    public SettingShape? Element { get; private init; }

    /// <summary>The shape of an options class, e.g. <c>SettingShape.Of(typeof(SimulationOptions))</c>.</summary>
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
    internal static SettingShape Build(Type type, bool acceptsNull, HashSet<Type> enclosing)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Build(underlying, acceptsNull: true, enclosing);
        }

        if (SettingValue.IsValueType(type))
        {
            return new SettingShape(type, ShapeKind.Value, acceptsNull);
        }

        if (type.IsArray)
        {
            return new SettingShape(type, ShapeKind.List, acceptsNull: false)
            {
                Element = Build(type.GetElementType()!, acceptsNull: false, enclosing),
            };
        }

        if (!type.IsClass || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null || typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            || !enclosing.Add(type))
        {
            throw new NotSupportedException(
                $"{type.Name} cannot be a setting: use a value, an array, or a class with a parameterless constructor, without cycles.");
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod?.IsPublic == true && p.SetMethod?.IsPublic == true && p.GetIndexParameters().Length == 0)
            .Select(p => SettingProperty.Create(p, enclosing))
            .ToArray();
        enclosing.Remove(type);
        return new SettingShape(type, ShapeKind.Section, acceptsNull: false) { Properties = properties };
    }
}
