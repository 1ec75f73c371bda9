using System.Buffers.Binary;
using System.Buffers.Text;

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

    private readonly long[] _entries = new long[machineCount];

    /// <summary>Each entry's digits, the first in the lowest byte, zeros after the last.</summary>
    private readonly ulong[] _packed = new ulong[machineCount];

    /// <summary>How many digits each entry has; 0 for one too long to pack, formatted for every row.</summary>
    private readonly int[] _lengths = new int[machineCount];

    private bool _written;

    /// <summary>Writes <paramref name="vector"/> at the start of <paramref name="utf8Destination"/>, which holds <see cref="VectorClockText.MaxUtf8Length"/> bytes at least.</summary>
    /// <returns>The bytes written; those after them, to the end of the destination, may have changed too.</returns>
    public int Write(ReadOnlySpan<long> vector, Span<byte> utf8Destination)
    {
        if (vector.Length != _entries.Length)
        {
            throw new ArgumentException($"A vector of {vector.Length} entries in a log of {_entries.Length} machines.", nameof(vector));
        }

        var length = 0;
        for (var i = 0; i < vector.Length; i++)
        {
            if (i > 0)
            {
                utf8Destination[length++] = (byte)VectorClockText.Separator;
            }

            var entry = vector[i];
            if (entry != _entries[i] || !_written)
            {
                Pack(i, entry);
            }

            var digits = _lengths[i];
            if (digits > 0 && utf8Destination.Length - length >= PackedDigits)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(utf8Destination[length..], _packed[i]);
                length += digits;
            }
            else if (Utf8Formatter.TryFormat(entry, utf8Destination[length..], out var written))
            {
                length += written;
            }
            else
            {
                throw new ArgumentException("The destination cannot hold the vector's text.", nameof(utf8Destination));
            }
        }

        _written = true;
        return length;
    }

    private void Pack(int i, long entry)
    {
        _entries[i] = entry;
        Span<byte> text = stackalloc byte[PackedDigits];
        text.Clear();
        _lengths[i] = Utf8Formatter.TryFormat(entry, text, out var written) ? written : 0;
        _packed[i] = BinaryPrimitives.ReadUInt64LittleEndian(text);
    }
}
