using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClockSim.Recording;

/// <summary>
/// A machine's vector clock as its CSV writes it, row after row, as <see cref="VectorClockText"/> would. An event changes
/// few entries (its own, and those a receive catches up on), so each entry's text is kept, up to eight digits packed in
/// one ulong, and made again only when the entry changes: a row's entry is then one eight-byte store, whose bytes past
/// the digits the next cell overwrites. One instance per log, used from one thread.
/// </summary>
internal sealed class VectorClockRowText(int machineCount)
{
    private const int PackedDigits = sizeof(ulong);

    /// <summary>The first entry too large to pack: 10⁸.</summary>
    private const long Unpackable = 100_000_000;

    private readonly long[] _entries = new long[machineCount];

    /// <summary>Each entry's digits, the first in the lowest byte, zeros after the last.</summary>
    private readonly ulong[] _packed = new ulong[machineCount];

    /// <summary>How many digits each entry has; 0 for one that cannot be packed (negative, or too large), formatted for every row.</summary>
    private readonly int[] _lengths = new int[machineCount];

    private bool _written;

    /// <summary>Writes <paramref name="vector"/> at the start of <paramref name="utf8Destination"/>.</summary>
    /// <returns>The bytes written; those after them, to the end of the destination, may have changed too.</returns>
    public int Write(ReadOnlySpan<long> vector, Span<byte> utf8Destination)
    {
        if (vector.Length != _entries.Length)
        {
            throw new ArgumentException($"A vector of {vector.Length} entries in a log of {_entries.Length} machines.", nameof(vector));
        }

        var packable = true;
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] != _entries[i] || !_written)
            {
                Pack(i, vector[i]);
            }

            packable &= _lengths[i] > 0;
        }

        _written = true;
        return packable && utf8Destination.Length >= vector.Length * (PackedDigits + 1)
            ? WritePacked(utf8Destination)
            : WriteFormatted(vector, utf8Destination);
    }

    /// <summary>
    /// Every entry packed, and room for an eight-byte store and a separator per entry, checked by the caller: the loop
    /// stores through a reference, without a bounds check per byte.
    /// </summary>
    private int WritePacked(Span<byte> utf8Destination)
    {
        ref var destination = ref MemoryMarshal.GetReference(utf8Destination);
        var length = 0;
        for (var i = 0; i < _packed.Length; i++)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, length), _packed[i]);
            length += _lengths[i];
            Unsafe.Add(ref destination, length++) = (byte)VectorClockText.Separator;
        }

        return length - 1;
    }

    private static int WriteFormatted(ReadOnlySpan<long> vector, Span<byte> utf8Destination) =>
        VectorClockText.TryFormat(vector, utf8Destination, out var written)
            ? written
            : throw new ArgumentException("The destination cannot hold the vector's text.", nameof(utf8Destination));

    /// <summary>Keeps entry <paramref name="i"/>'s digits, made from the last: each one more is shifted in below the others.</summary>
    private void Pack(int i, long entry)
    {
        _entries[i] = entry;
        if (entry is < 0 or >= Unpackable)
        {
            _lengths[i] = 0;
            return;
        }

        var rest = (ulong)entry;
        var packed = 0UL;
        var digits = 0;
        do
        {
            packed = (packed << 8) | ('0' + (rest % 10));
            rest /= 10;
            digits++;
        }
        while (rest != 0);

        _packed[i] = packed;
        _lengths[i] = digits;
    }
}
