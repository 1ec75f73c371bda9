using System.Runtime.CompilerServices;

namespace ClockSim.Analysis.Causality;

/// <summary>
/// One machine's Lamport clocks in its tick order, kept as the difference from the clock before, one to a few bytes
/// each (a variable-length zigzag number), rather than eight. A machine's clock rises with every event, so the clocks
/// come out in ascending order as they went in; clocks of a damaged file that fall are sorted when read.
/// </summary>
internal sealed class LamportClocks
{
    private byte[] _bytes = new byte[256];
    private int _length;
    private long _last;
    private bool _ascending = true;

    public int Count { get; private set; }

    public void Add(long clock)
    {
        var delta = clock - _last;
        _ascending &= delta >= 0;
        _last = clock;
        Count++;
        if (_bytes.Length - _length < 10)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        var zigzag = (ulong)((delta << 1) ^ (delta >> 63));
        while (zigzag >= 0x80)
        {
            _bytes[_length++] = (byte)(zigzag | 0x80);
            zigzag >>= 7;
        }

        _bytes[_length++] = (byte)zigzag;
    }

    /// <summary>The clocks in ascending order.</summary>
    // Inlined into the optimised loop that compares two machines' clocks (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Reader Sorted()
    {
        if (_ascending)
        {
            return new Reader(_bytes, _length, null);
        }

        var clocks = new long[Count];
        var reader = new Reader(_bytes, _length, null);
        for (var i = 0; reader.MoveNext(); i++)
        {
            clocks[i] = reader.Current;
        }

        Array.Sort(clocks);
        return new Reader([], 0, clocks);
    }

    /// <summary>Reads the clocks back one by one, from the differences or from a sorted copy.</summary>
    public struct Reader(byte[] bytes, int length, long[]? sorted)
    {
        private int _at;
        private int _index;

        public long Current { get; private set; }

        // Inlined into the optimised loop that compares two machines' clocks (docs/ARCHITECTURE.md, "Hot loops").
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            if (sorted is not null)
            {
                if (_index == sorted.Length)
                {
                    return false;
                }

                Current = sorted[_index++];
                return true;
            }

            if (_at == length)
            {
                return false;
            }

            ulong zigzag = 0;
            var shift = 0;
            byte next;
            do
            {
                next = bytes[_at++];
                zigzag |= (ulong)(next & 0x7F) << shift;
                shift += 7;
            }
            while (next >= 0x80);

            Current += (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
            return true;
        }
    }
}
