using System.Globalization;

namespace ClockSim.Analysis.Reading;

/// <summary>
/// A set of machine ids (1 to 128) as one 128-bit mask, so the recipients of a send to all and the
/// receivers that took it cost no allocation per message.
/// </summary>
internal readonly record struct MachineSet(UInt128 Bits)
{
    public static MachineSet Empty => default;

    public int Count => (int)UInt128.PopCount(Bits);

    public static MachineSet Of(int id) => Empty.With(id);

    /// <summary>Every machine from 1 to <paramref name="machineCount"/> except <paramref name="excluded"/>.</summary>
    public static MachineSet AllBut(int machineCount, int excluded)
    {
        var set = Empty;
        for (var id = 1; id <= machineCount; id++)
        {
            if (id != excluded)
            {
                set = set.With(id);
            }
        }

        return set;
    }

    public bool Contains(int id) => IsValidId(id) && (Bits & (UInt128.One << (id - 1))) != UInt128.Zero;

    public MachineSet With(int id) =>
        IsValidId(id) ? new MachineSet(Bits | (UInt128.One << (id - 1))) : throw new ArgumentOutOfRangeException(nameof(id), id, "Machine ids run from 1 to 128.");

    /// <summary>Parses UTF-8 <c>3</c> or <c>2;3</c>; false for anything else, such as an id out of range.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out MachineSet set)
    {
        set = Empty;
        foreach (var range in utf8.Split((byte)';'))
        {
            if (!int.TryParse(utf8[range], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !IsValidId(id))
            {
                return false;
            }

            set = set.With(id);
        }

        return true;
    }

    public override string ToString() =>
        string.Join(';', Enumerable.Range(1, 128).Where(Contains).Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private static bool IsValidId(int id) => id is >= 1 and <= 128;
}
