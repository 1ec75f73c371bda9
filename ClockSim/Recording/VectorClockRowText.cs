using System.Buffers.Text;
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
    // A whole vector per event: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Write(ReadOnlySpan<long> vector, Span<byte> utf8Destination)
    {
        if (vector.Length != _entries.Length)
        {
            throw new ArgumentException($"A vector of {vector.Length} entries in a log of {_entries.Length} machines.", nameof(vector));
        }

        if (utf8Destination.Length < VectorClockText.MaxUtf8Length(vector.Length) + PackedDigits)
        {
            return VectorClockText.TryFormat(vector, utf8Destination, out var formatted)
                ? formatted
                : throw new ArgumentException("The destination cannot hold the vector's text.", nameof(utf8Destination));
        }

        // Room for the widest text and one more eight-byte store, checked above: the loop stores through a reference.
        ref var destination = ref MemoryMarshal.GetReference(utf8Destination);
        var (entries, packed, lengths, written) = (_entries, _packed, _lengths, _written);
        var length = 0;
        for (var i = 0; i < vector.Length; i++)
        {
            var entry = vector[i];
            if (entry != entries[i] || !written)
            {
                Pack(i, entry);
            }

            if (lengths[i] > 0)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, length), packed[i]);
                length += lengths[i];
            }
            else
            {
                Utf8Formatter.TryFormat(entry, utf8Destination[length..], out var digits);
                length += digits;
            }

            Unsafe.Add(ref destination, length++) = (byte)VectorClockText.Separator;
        }

        _written = true;
        return length - 1;
    }

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
