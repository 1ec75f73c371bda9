using System.Runtime.InteropServices;
using ClockSim.Model;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// The sends every recipient has received, kept only as far as a later, broken row needs them: as its <see cref="SentRow"/>.
/// Each takes a few bytes: the line of its row, and which of the distinct rest of such rows (file, kind and recipients)
/// it has, of which a run has a few per machine. A sender's sequences count up, so its sends are kept in an array indexed
/// by sequence; a send of a sender that is no machine, or with a sequence far beyond those its sender has used, is kept
/// by its key instead.
/// </summary>
internal sealed class CompletedSends
{
    /// <summary>How far beyond twice the sends a sender has kept in its array a sequence may be and still go into it.</summary>
    private const int Slack = 64;

    private readonly Entry[][] _bySender;
    private readonly int[] _counts;
    private readonly Dictionary<MessageKey, Entry> _rest = [];
    private readonly Dictionary<SentRow, int> _shapeIds = [];
    private readonly List<SentRow> _shapes = [];

    /// <param name="machineCount">The machines, ids 1 to this: the senders whose sends are kept by sequence.</param>
    public CompletedSends(int machineCount)
    {
        _bySender = [.. Enumerable.Range(0, machineCount).Select(_ => Array.Empty<Entry>())];
        _counts = new int[machineCount];
    }

    /// <summary>Keeps <paramref name="row"/> as the send of <paramref name="message"/>, which it holds no send of yet.</summary>
    public void Add(MessageKey message, SentRow row)
    {
        var entry = new Entry(row.Where.Line, ShapeOf(row));
        var sender = message.Sender - 1;
        if ((uint)sender < (uint)_bySender.Length && message.Sequence >= 0 && message.Sequence < 2L * _counts[sender] + Slack)
        {
            ref var sends = ref _bySender[sender];
            if (message.Sequence >= sends.Length)
            {
                Array.Resize(ref sends, (int)Math.Max(message.Sequence + 1, 2L * sends.Length));
            }

            sends[message.Sequence] = entry;
            _counts[sender]++;
        }
        else
        {
            _rest.Add(message, entry);
        }
    }

    /// <summary>The row of the send of <paramref name="message"/>; false when it holds none.</summary>
    public bool TryGet(MessageKey message, out SentRow row)
    {
        var sender = message.Sender - 1;
        var entry = (uint)sender < (uint)_bySender.Length && (ulong)message.Sequence < (ulong)_bySender[sender].Length
            ? _bySender[sender][message.Sequence]
            : default;
        if (entry.Shape == 0 && !_rest.TryGetValue(message, out entry))
        {
            row = default;
            return false;
        }

        var shape = _shapes[entry.Shape - 1];
        row = shape with { Where = shape.Where with { Line = entry.Line } };
        return true;
    }

    /// <summary>The number, from 1, of <paramref name="row"/>'s file, kind and recipients among those kept.</summary>
    private int ShapeOf(SentRow row)
    {
        var shape = row with { Where = row.Where with { Line = 0 } };
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_shapeIds, shape, out var exists);
        if (!exists)
        {
            _shapes.Add(shape);
            id = _shapes.Count;
        }

        return id;
    }

    /// <summary>A kept send: the line of its row, and its <see cref="ShapeOf"/>; 0 for a slot that holds none.</summary>
    private readonly record struct Entry(int Line, int Shape);
}
