using System.Globalization;
using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// A set of machine ids: empty, one id (the peer of a send or a receive, kept without an allocation), or several in
/// ascending order (the recipients of a send to all), so that runs of any size read alike.
/// Its per-event steps are marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal readonly struct MachineSet : IEquatable<MachineSet>
{
    /// <summary>What joins the ids of a set in its text: <c>1;3;4</c>.</summary>
    public const char Separator = ';';

    private readonly int _single;
    private readonly int[]? _many;

    private MachineSet(int single, int[]? many)
    {
        _single = single;
        _many = many;
    }

    public static MachineSet Empty => default;

    public int Count => _many?.Length ?? (_single > 0 ? 1 : 0);

    /// <summary>The smallest id, the only one of a set of one; 0 for the empty set.</summary>
    public int First => _many?[0] ?? _single;

    /// <summary>The id at <paramref name="index"/> in ascending order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public int this[int index] => (uint)index < (uint)Count
        ? _many?[index] ?? _single
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The set holds {Count} ids.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MachineSet Of(int id) =>
        id >= 1 ? new MachineSet(id, null) : throw new ArgumentOutOfRangeException(nameof(id), id, "Machine ids start at 1.");

    /// <summary>Every machine from 1 to <paramref name="machineCount"/> except <paramref name="excluded"/>.</summary>
    public static MachineSet AllBut(int machineCount, int excluded)
    {
        var ids = new int[Math.Max(0, excluded >= 1 && excluded <= machineCount ? machineCount - 1 : machineCount)];
        var at = 0;
        for (var id = 1; id <= machineCount; id++)
        {
            if (id != excluded)
            {
                ids[at++] = id;
            }
        }

        return FromSorted(ids);
    }

    public bool Contains(int id) => _many is null ? id >= 1 && _single == id : Array.BinarySearch(_many, id) >= 0;

    /// <summary>Whether every id of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(MachineSet other)
    {
        foreach (var id in this)
        {
            if (!other.Contains(id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses UTF-8 <c>3</c> or <c>2;3</c>; false for anything else, such as an id below 1 or one named twice.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out MachineSet set)
    {
        set = Empty;
        if (!utf8.Contains((byte)Separator))
        {
            var single = int.TryParse(utf8, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= 1;
            set = single ? Of(id) : Empty;
            return single;
        }

        var ids = new List<int>();
        foreach (var range in utf8.Split((byte)Separator))
        {
            if (!int.TryParse(utf8[range], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            {
                return false;
            }

            ids.Add(id);
        }

        ids.Sort();
        for (var i = 1; i < ids.Count; i++)
        {
            if (ids[i] == ids[i - 1])
            {
                return false;
            }
        }

        set = ids.Count == 1 ? Of(ids[0]) : FromSorted([.. ids]);
        return true;
    }

    public Enumerator GetEnumerator() => new(this);

    public bool Equals(MachineSet other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        return _many is null ? _single == other._single : _many.AsSpan().SequenceEqual(other._many);
    }

    public override bool Equals(object? obj) => obj is MachineSet other && Equals(other);

    public override int GetHashCode() => _many is null ? _single : HashCode.Combine(_many.Length, _many[0], _many[^1]);

    public override string ToString() => _many is null
        ? (_single > 0 ? _single.ToString(CultureInfo.InvariantCulture) : "")
        : string.Join(Separator, _many.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    public static bool operator ==(MachineSet left, MachineSet right) => left.Equals(right);

    public static bool operator !=(MachineSet left, MachineSet right) => !left.Equals(right);

    private static MachineSet FromSorted(int[] ids) => ids.Length switch
    {
        0 => Empty,
        1 => Of(ids[0]),
        _ => new MachineSet(0, ids),
    };

    /// <summary>The ids in ascending order, without an allocation.</summary>
    public struct Enumerator(MachineSet set)
    {
        private int _index = -1;

        public readonly int Current => set._many is null ? set._single : set._many[_index];

        public bool MoveNext() => ++_index < set.Count;
    }
}
