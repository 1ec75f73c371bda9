using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace ClockSim.Configuration;

/// <summary>
/// Reads and writes the text of one setting (text, true/false, an enum's name, a whole number or a number) with the
/// invariant culture, as the binder's generated code converts it, so <c>1.5</c> means the same on every computer and
/// <c>1,5</c> is refused rather than read as 15: what the checker accepts is exactly what the run gets.
/// </summary>
internal static class SettingValue
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whether <paramref name="type"/> is held as one value rather than a section or a list.</summary>
    public static bool IsValueType(Type type) => type == typeof(string) || type == typeof(bool) || type.IsEnum || type == typeof(int) || type == typeof(double);

    /// <summary>Converts <paramref name="text"/> (null for a JSON <c>null</c>) to the type of <paramref name="shape"/>.</summary>
    public static bool TryParse(string? text, SettingShape shape, out object? value)
    {
        var type = shape.Type;
        value = IsNull(text, shape) ? null
            : type == typeof(string) ? text
            : type == typeof(bool) ? (bool.TryParse(text, out var flag) ? flag : null)
            : type.IsEnum ? Enum.GetNames(type).FirstOrDefault(name => name.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse(type, name) : null
            : type == typeof(int) ? (int.TryParse(text, NumberStyles.Integer, Invariant, out var whole) ? whole : null)
            : double.TryParse(text, NumberStyles.Float, Invariant, out var number) ? number : null;
        return value is not null || (IsNull(text, shape) && shape.AcceptsNull);
    }

    /// <summary>Whether <paramref name="text"/> is a whole number, written as one, too large or small for a whole-number setting.</summary>
    public static bool IsOverflowingWhole(string? text, SettingShape shape) =>
        shape.Type == typeof(int) && text is not null && BigInteger.TryParse(text, NumberStyles.Integer, Invariant, out _);

    /// <summary>What a value of this shape is, for messages: "a whole number", "one of Sockets, Virtual", "a number or null".</summary>
    public static string Describe(SettingShape shape)
    {
        var type = shape.Type;
        var kind = type == typeof(string) ? "text" : type == typeof(bool) ? "true or false" : type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type))
            : type == typeof(int) ? "a whole number" : "a number";
        return shape.AcceptsNull ? kind + " or null" : kind;
    }

    /// <summary>A value as configuration text, with the invariant culture: <c>0.5</c>, <c>true</c>, <c>null</c>, <c>[1, 6, 6]</c>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, Invariant),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Whether <paramref name="text"/> is null to a setting of this shape: no value at all, or, for a nullable setting,
    /// <c>null</c> in any case, or empty (for nullable text only the word, so empty text stays text).
    /// </summary>
    public static bool IsNull([NotNullWhen(false)] string? text, SettingShape shape) =>
        text is null || (shape.AcceptsNull && (string.Equals(text.Trim(), "null", StringComparison.OrdinalIgnoreCase) || (text.Length == 0 && shape.Type != typeof(string))));
}
