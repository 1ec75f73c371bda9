using System.Buffers.Text;
using ClockSim.Model;

namespace ClockSim.Recording;

/// <summary>
/// The machine ids 1 to N as the Peer cell writes them, joined by <c>;</c>, made once for every log of the process: one
/// peer is a piece of the text, and a machine's send to all is the text around its own id. No row, and no log, makes
/// its peers' text again (at a thousand machines, each log's send-to-all text alone was a thousand ids).
/// </summary>
internal sealed class MachineIdsText
{
    /// <summary>The most bytes an id takes: <see cref="int.MaxValue"/> has ten digits.</summary>
    private const int MaxIdBytes = 10;

    private static MachineIdsText s_shared = new(0);

    /// <summary>The ids, each followed by <c>;</c>.</summary>
    private readonly byte[] _joined;

    /// <summary>[id]: where the id's text starts; [N + 1]: the joined text's length + 1, as if a separator followed it.</summary>
    private readonly int[] _starts;

    /// <summary>A text of its own, of ids 1 to <paramref name="count"/>; <see cref="UpTo"/> shares one.</summary>
    public MachineIdsText(int count)
    {
        Count = count;
        _starts = new int[count + 2];
        var joined = new byte[count * (MaxIdBytes + 1)];
        var length = 0;
        for (var id = 1; id <= count; id++)
        {
            _starts[id] = length;
            Utf8Formatter.TryFormat(id, joined.AsSpan(length), out var written);
            length += written;
            joined[length++] = (byte)MachineSet.Separator;
        }

        _starts[count + 1] = length;
        _joined = joined;
    }

    /// <summary>The largest id the text holds.</summary>
    public int Count { get; }

    /// <summary>The shared text, made longer first when it does not reach <paramref name="machineCount"/>.</summary>
    public static MachineIdsText UpTo(int machineCount)
    {
        var shared = Volatile.Read(ref s_shared);
        if (shared.Count < machineCount)
        {
            shared = new MachineIdsText(machineCount);
            Volatile.Write(ref s_shared, shared);
        }

        return shared;
    }

    /// <summary>Id <paramref name="id"/>'s text, for an id from 1 to <see cref="Count"/>.</summary>
    public ReadOnlySpan<byte> Of(int id) => _joined.AsSpan(_starts[id], _starts[id + 1] - 1 - _starts[id]);

    /// <summary>
    /// Writes ids 1 to <paramref name="machineCount"/> but <paramref name="excluded"/> (from 1 to <paramref name="machineCount"/>),
    /// joined by <c>;</c>: the peers of a machine's send to all.
    /// </summary>
    /// <returns>The bytes written.</returns>
    public int WriteAllBut(int machineCount, int excluded, Span<byte> utf8Destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(machineCount, Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(excluded, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(excluded, machineCount);
        var before = _joined.AsSpan(0, Math.Max(_starts[excluded] - 1, 0));
        var after = _joined.AsSpan(_starts[excluded + 1], Math.Max(_starts[machineCount + 1] - 1 - _starts[excluded + 1], 0));
        before.CopyTo(utf8Destination);
        var written = before.Length;
        if (before.Length > 0 && after.Length > 0)
        {
            utf8Destination[written++] = (byte)MachineSet.Separator;
        }

        after.CopyTo(utf8Destination[written..]);
        return written + after.Length;
    }
}
