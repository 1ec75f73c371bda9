using System.Text.Json;

namespace ClockSim.Sweeps;

/// <summary>An axis value as a person reads it, compact and on one line: <c>3</c>, <c>[1, 6, 6]</c>, <c>{SendToOne: 2, Internal: 7}</c>.</summary>
internal static class SweepValueText
{
    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Of)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().Select(p => $"{p.Name}: {Of(p.Value)}")) + "}",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}
