using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// Raw JSON text built up as it streams by, in chunks that start small (a thousand machines each hold a dozen of these)
/// and grow to a size that stays off the large object heap; no array ever has to be copied into a larger one. Once a
/// chunk of the largest size is full, the text so far goes to the <see cref="SpillFile"/> and the chunk is used again,
/// so a column of a million numbers keeps one chunk in memory, and its text (about three bytes a number) on disk.
/// </summary>
internal sealed class Utf8Chunks
{
    private const int FirstChunkBytes = 256;
    private const int LargestChunkBytes = 64 << 10;

    private readonly SpillFile? _spill;
    private readonly List<byte[]> _chunks = [];
    private readonly List<(long Offset, int Length)> _spilled = [];
    private byte[] _current = [];
    private int _used;

    /// <param name="spill">Where full chunks go; null to keep all of the text in memory.</param>
    /// <param name="start">The text it starts with, e.g. the opening quote of a string.</param>
    public Utf8Chunks(SpillFile? spill, params ReadOnlySpan<byte> start)
    {
        _spill = spill;
        Append(start);
    }

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
        _spilled.Clear();
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
        if (_spilled.Count > 0)
        {
            WriteSpilledTo(json);
            return;
        }

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

    /// <summary>Reads the spilled text back, after it the chunks in memory, and writes it all as one value.</summary>
    private void WriteSpilledTo(Utf8JsonWriter json)
    {
        var length = checked(_spilled.Sum(s => s.Length) + _chunks.Sum(c => c.Length) - _current.Length + _used);
        var text = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var at = 0;
            foreach (var (offset, spilled) in _spilled)
            {
                _spill!.Read(offset, text.AsSpan(at, spilled));
                at += spilled;
            }

            foreach (var chunk in _chunks)
            {
                var used = chunk == _current ? _used : chunk.Length;
                chunk.AsSpan(0, used).CopyTo(text.AsSpan(at));
                at += used;
            }

            json.WriteRawValue(text.AsSpan(0, length), skipInputValidation: true);
            json.Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(text);
        }
    }

    /// <summary>
    /// The free end of the last chunk; when that one is full, a new chunk, or the same one again once the text so far is
    /// spilled. Every chunk but the last is full.
    /// </summary>
    private Span<byte> Free()
    {
        if (_used == _current.Length && _current.Length == LargestChunkBytes && _spill is not null)
        {
            foreach (var chunk in _chunks)
            {
                _spilled.Add((_spill.Append(chunk), chunk.Length));
            }

            _chunks.Clear();
            _chunks.Add(_current);
            _used = 0;
        }
        else if (_used == _current.Length)
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
