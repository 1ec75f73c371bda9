using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// Raw JSON text built up as it streams by, in chunks that start small (a thousand machines each hold a dozen of these)
/// and grow to a size that stays off the large object heap: a column of a million numbers costs its text, about three
/// bytes a number, and no array ever has to be copied into a larger one.
/// </summary>
internal sealed class Utf8Chunks
{
    private const int FirstChunkBytes = 256;
    private const int LargestChunkBytes = 64 << 10;

    private readonly List<byte[]> _chunks = [];
    private byte[] _current = [];
    private int _used;

    /// <param name="start">The text it starts with, e.g. the opening quote of a string.</param>
    public Utf8Chunks(params ReadOnlySpan<byte> start) => Append(start);

    public void Append(ReadOnlySpan<byte> text)
    {
        while (!text.IsEmpty)
        {
            var free = Free();
            var length = Math.Min(free.Length, text.Length);
            text[..length].CopyTo(free);
            _used += length;
            text = text[length..];
        }
    }

    public void Append(byte character)
    {
        if (_used == _current.Length)
        {
            Free();
        }

        _current[_used++] = character;
    }

    public void Append(long value)
    {
        if (Utf8Formatter.TryFormat(value, _current.AsSpan(_used), out var written))
        {
            _used += written;
            return;
        }

        // Too little room left in this chunk: the digits run on into the next.
        Span<byte> text = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, text, out written);
        Append(text[..written]);
    }

    /// <summary>Forgets the text (the start too), keeping the first chunk for what comes next.</summary>
    public void Clear()
    {
        if (_chunks.Count > 1)
        {
            _chunks.RemoveRange(1, _chunks.Count - 1);
            _current = _chunks[0];
        }

        _used = 0;
    }

    /// <summary>Writes the text, which must be one JSON value, as the value of <paramref name="name"/>.</summary>
    public void WriteTo(Utf8JsonWriter json, string name)
    {
        json.WritePropertyName(name);
        Segment? first = null;
        Segment? last = null;
        for (var i = 0; i < _chunks.Count; i++)
        {
            var bytes = _chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _used : _chunks[i].Length);
            last = last is null ? first = new Segment(bytes, 0) : last.Then(bytes);
        }

        json.WriteRawValue(first is null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last!, last!.Memory.Length), skipInputValidation: true);

        // The text can be megabytes: hand it on now rather than hold it beside the next one.
        json.Flush();
    }

    /// <summary>The free end of the last chunk, a new chunk when that one is full; every chunk but the last is full.</summary>
    private Span<byte> Free()
    {
        if (_used == _current.Length)
        {
            _current = new byte[_chunks.Count == 0 ? FirstChunkBytes : Math.Min(_current.Length * 2, LargestChunkBytes)];
            _chunks.Add(_current);
            _used = 0;
        }

        return _current.AsSpan(_used);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex) => (Memory, RunningIndex) = (memory, runningIndex);

        public Segment Then(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
