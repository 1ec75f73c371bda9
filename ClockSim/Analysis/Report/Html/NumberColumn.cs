using System.Text.Json;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// A long JSON array of whole numbers (or null), written as text as each number comes: formatting them into one buffer
/// is several times faster than a writer call per number, and the text (about three bytes a number) is all it keeps.
/// </summary>
/// <param name="spill">Where the text goes once it is long (<see cref="Utf8Chunks"/>); null to keep it in memory.</param>
internal sealed class NumberColumn(SpillFile? spill)
{
    private readonly Utf8Chunks _text = new(spill);

    public int Count { get; private set; }

    public void Add(long value)
    {
        Separate();
        _text.Append(value);
    }

    /// <summary>Adds the value, or <c>null</c> for none.</summary>
    public void Add(long? value)
    {
        if (value is { } number)
        {
            Add(number);
            return;
        }

        Separate();
        _text.Append("null"u8);
    }

    public void Clear()
    {
        _text.Clear();
        Count = 0;
    }

    public void WriteTo(Utf8JsonWriter json, string name)
    {
        _text.Append(Count == 0 ? "[]"u8 : "]"u8);
        _text.WriteTo(json, name);
    }

    private void Separate()
    {
        _text.Append(Count == 0 ? (byte)'[' : (byte)',');
        Count++;
    }
}
