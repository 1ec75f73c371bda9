using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// Writes a long array of whole numbers as one raw JSON value: formatting them into one buffer is several times faster
/// than a writer call per number, which counts for a run of a million rows and ten columns.
/// </summary>
internal static class NumberArray
{
    public static void Write(Utf8JsonWriter json, string name, List<long> values) => Write(json, name, values.Count, i => values[i]);

    /// <summary>Writes each value, or <c>null</c> for none.</summary>
    public static void Write(Utf8JsonWriter json, string name, List<long?> values) => Write(json, name, values.Count, i => values[i]);

    private static void Write(Utf8JsonWriter json, string name, int count, Func<int, long?> valueAt)
    {
        var text = new ArrayBufferWriter<byte>(count * 3 + 2);
        text.Write("["u8);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Write(","u8);
            }

            if (valueAt(i) is { } value)
            {
                Utf8Formatter.TryFormat(value, text.GetSpan(20), out var written);
                text.Advance(written);
            }
            else
            {
                text.Write("null"u8);
            }
        }

        text.Write("]"u8);
        json.WritePropertyName(name);
        json.WriteRawValue(text.WrittenSpan, skipInputValidation: true);
    }
}
