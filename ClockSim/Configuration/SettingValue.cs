using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace ClockSim.Configuration;

/// <summary>
/// Reads and writes the text of one setting with the invariant culture, so <c>1.5</c> means the same on every
/// computer and <c>1,5</c> is refused rather than read as 15. The checker and the binder both convert through
/// here, so what the checker accepts is exactly what the run gets.
/// </summary>
internal static class SettingValue
{
    private const NumberStyles Whole = NumberStyles.Integer;
    private const NumberStyles Real = NumberStyles.Float;

    /// <summary>Whether <paramref name="type"/> is held as one value rather than a section or a list.</summary>
    public static bool IsValueType(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(TimeSpan) || type.IsEnum || IsWhole(type) || IsReal(type);

    /// <summary>Converts <paramref name="text"/> (null for a JSON <c>null</c>) to the type of <paramref name="shape"/>.</summary>
    public static bool TryParse(string? text, SettingShape shape, out object? value)
    {
        value = null;
        if (IsNull(text, shape))
        {
            return shape.AcceptsNull;
        }

        var type = shape.Type;
        var culture = CultureInfo.InvariantCulture;
        value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => bool.TryParse(text, out var b) ? b : null,
            _ when type == typeof(TimeSpan) => TimeSpan.TryParse(text, culture, out var t) ? t : null,
            _ when type.IsEnum => Enum.GetNames(type).FirstOrDefault(name => name.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
                ? Enum.Parse(type, name)
                : null,
            _ when type == typeof(int) => int.TryParse(text, Whole, culture, out var i) ? i : null,
            _ when type == typeof(long) => long.TryParse(text, Whole, culture, out var l) ? l : null,
            _ when type == typeof(short) => short.TryParse(text, Whole, culture, out var s) ? s : null,
            _ when type == typeof(byte) => byte.TryParse(text, Whole, culture, out var u8) ? u8 : null,
            _ when type == typeof(uint) => uint.TryParse(text, Whole, culture, out var u32) ? u32 : null,
            _ when type == typeof(ulong) => ulong.TryParse(text, Whole, culture, out var u64) ? u64 : null,
            _ when type == typeof(double) => double.TryParse(text, Real, culture, out var d) ? d : null,
            _ when type == typeof(float) => float.TryParse(text, Real, culture, out var f) ? f : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, Real, culture, out var m) ? m : null,
            _ => null,
        };
        return value is not null;
    }

    /// <summary>Whether <paramref name="text"/> is a whole number, written as one, too large or small for a whole-number setting's type.</summary>
    public static bool IsOverflowingWhole(string? text, SettingShape shape) =>
        IsWhole(shape.Type) && text is not null && BigInteger.TryParse(text, Whole, CultureInfo.InvariantCulture, out _);

    /// <summary>What a value of this shape is, for messages: "a whole number", "one of Sockets, Virtual", "a number or null".</summary>
    public static string Describe(SettingShape shape)
    {
        var type = shape.Type;
        var kind = type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(TimeSpan) => "a time span (hh:mm:ss)",
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when IsWhole(type) => "a whole number",
            _ => "a number",
        };
        return shape.AcceptsNull ? kind + " or null" : kind;
    }

    /// <summary>A value as configuration text, with the invariant culture: <c>0.5</c>, <c>true</c>, <c>null</c>, <c>[1, 6, 6]</c>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        Enum name => name.ToString(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Whether <paramref name="text"/> is null to a setting of this shape: no value at all, or, for a nullable setting,
    /// <c>null</c> in any case, or empty (for nullable text only the word, so empty text stays text).
    /// </summary>
    public static bool IsNull([NotNullWhen(false)] string? text, SettingShape shape) =>
        text is null || (shape.AcceptsNull
            && (string.Equals(text.Trim(), "null", StringComparison.OrdinalIgnoreCase) || (text.Length == 0 && shape.Type != typeof(string))));

    private static bool IsWhole(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong);

    private static bool IsReal(Type type) => type == typeof(double) || type == typeof(float) || type == typeof(decimal);
}
