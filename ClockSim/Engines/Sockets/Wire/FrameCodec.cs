using System.Buffers.Binary;
using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// The wire format of one run: a 4-byte little-endian payload length, then the payload, whose first byte is the
/// <see cref="FrameKind"/>. A Hello and a Sync have one fixed length each; a Message carries the run's vector clock, one
/// entry per machine, so its length follows from the machine count and nothing else. A declared length that is not exactly
/// the kind's is rejected before a single byte of the payload is buffered.
/// </summary>
internal sealed class FrameCodec
{
    public const int HeaderLength = sizeof(uint);
    public const int HelloPayloadLength = 1 + RunToken.Length + sizeof(ushort);

    /// <summary>Kind, sync kind, from, to, the request's reading, the server's reading, send timestamp, delay.</summary>
    public const int SyncPayloadLength = 1 + 1 + (2 * sizeof(ushort)) + (4 * sizeof(long));

    /// <summary>Kind, sender, sequence, clock, send timestamp, delay, the hybrid logical clock's l and c, vector length.</summary>
    private const int MessageFieldsLength = 1 + sizeof(ushort) + (6 * sizeof(long)) + sizeof(ushort);

    /// <summary>The delay field of a message the engine's own network carries, with no configured delay.</summary>
    private const long NoDelay = -1;

    public FrameCodec(int machineCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(machineCount, 2);
        MachineCount = machineCount;
        MessagePayloadLength = MessageFieldsLength + (machineCount * sizeof(long));
        MaxFrameLength = HeaderLength + Math.Max(Math.Max(HelloPayloadLength, MessagePayloadLength), SyncPayloadLength);
    }

    public int MachineCount { get; }

    /// <summary>A message's payload: its fields and a vector of <see cref="MachineCount"/> entries.</summary>
    public int MessagePayloadLength { get; }

    /// <summary>No frame of this run is larger than this, header included.</summary>
    public int MaxFrameLength { get; }

    public static int WriteHello(Span<byte> destination, ReadOnlySpan<byte> token, int machineId)
    {
        if (token.Length != RunToken.Length)
        {
            throw new ArgumentException($"A run token is {RunToken.Length} bytes long.", nameof(token));
        }

        var payload = Header(destination, HelloPayloadLength, FrameKind.Hello);
        token.CopyTo(payload[1..]);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[(1 + RunToken.Length)..], checked((ushort)machineId));
        return HeaderLength + HelloPayloadLength;
    }

    public int WriteMessage(Span<byte> destination, in Message message)
    {
        var vector = message.Vector.Span;
        if (vector.Length != MachineCount)
        {
            throw new ArgumentException($"Message {message.Id} carries {vector.Length} vector entries; this run has {MachineCount} machines.", nameof(message));
        }

        var payload = Header(destination, MessagePayloadLength, FrameKind.Message);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], checked((ushort)message.Sender));
        BinaryPrimitives.WriteInt64LittleEndian(payload[3..], message.Sequence);
        BinaryPrimitives.WriteInt64LittleEndian(payload[11..], message.Clock);
        BinaryPrimitives.WriteInt64LittleEndian(payload[19..], message.SentTimestamp);
        BinaryPrimitives.WriteInt64LittleEndian(payload[27..], message.DelayNanoseconds ?? NoDelay);
        BinaryPrimitives.WriteInt64LittleEndian(payload[35..], message.Hlc.L);
        BinaryPrimitives.WriteInt64LittleEndian(payload[43..], message.Hlc.C);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[51..], (ushort)vector.Length);
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(payload[(MessageFieldsLength + (i * sizeof(long)))..], vector[i]);
        }

        return HeaderLength + MessagePayloadLength;
    }

    public static int WriteSync(Span<byte> destination, in SyncMessage sync)
    {
        var payload = Header(destination, SyncPayloadLength, FrameKind.Sync);
        payload[1] = (byte)sync.Kind;
        BinaryPrimitives.WriteUInt16LittleEndian(payload[2..], checked((ushort)sync.From));
        BinaryPrimitives.WriteUInt16LittleEndian(payload[4..], checked((ushort)sync.To));
        BinaryPrimitives.WriteInt64LittleEndian(payload[6..], sync.RequestReadingNs);
        BinaryPrimitives.WriteInt64LittleEndian(payload[14..], sync.ServerReadingNs);
        BinaryPrimitives.WriteInt64LittleEndian(payload[22..], sync.SentTimestamp);
        BinaryPrimitives.WriteInt64LittleEndian(payload[30..], sync.DelayNanoseconds ?? NoDelay);
        return HeaderLength + SyncPayloadLength;
    }

    /// <summary>Decodes the frame at the start of <paramref name="buffer"/>.</summary>
    /// <param name="consumed">The bytes the frame took, when <see cref="FrameStatus.Complete"/>.</param>
    /// <param name="error">Why the bytes are not a frame, when <see cref="FrameStatus.Malformed"/>.</param>
    /// <param name="vectors">Where a message's vector clock is decoded into; a new array without them.</param>
    public FrameStatus TryDecode(ReadOnlySpan<byte> buffer, out Frame frame, out int consumed, out string? error, ReceivedVectors? vectors = null)
    {
        frame = default;
        consumed = 0;
        error = null;

        if (buffer.Length < HeaderLength + 1)
        {
            return FrameStatus.Incomplete;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
        var kind = (FrameKind)buffer[HeaderLength];
        int expected;
        switch (kind)
        {
            case FrameKind.Hello:
                expected = HelloPayloadLength;
                break;
            case FrameKind.Message:
                expected = MessagePayloadLength;
                break;
            case FrameKind.Sync:
                expected = SyncPayloadLength;
                break;
            default:
                error = $"unknown frame kind {(byte)kind}";
                return FrameStatus.Malformed;
        }

        if (length != expected)
        {
            error = $"a {kind} frame of a {MachineCount}-machine run carries {expected} bytes, this one declares {length}";
            return FrameStatus.Malformed;
        }

        if (buffer.Length < HeaderLength + expected)
        {
            return FrameStatus.Incomplete;
        }

        var payload = buffer.Slice(HeaderLength, expected);
        if (kind == FrameKind.Hello)
        {
            frame = Frame.Hello(payload.Slice(1, RunToken.Length), BinaryPrimitives.ReadUInt16LittleEndian(payload[(1 + RunToken.Length)..]));
        }
        else if (kind == FrameKind.Sync ? !TryDecodeSync(payload, out frame, out error) : !TryDecodeMessage(payload, vectors, out frame, out error))
        {
            return FrameStatus.Malformed;
        }

        consumed = HeaderLength + expected;
        return FrameStatus.Complete;
    }

    private bool TryDecodeMessage(ReadOnlySpan<byte> payload, ReceivedVectors? vectors, out Frame frame, out string? error)
    {
        frame = default;
        error = null;
        var delay = BinaryPrimitives.ReadInt64LittleEndian(payload[27..]);
        var sender = BinaryPrimitives.ReadUInt16LittleEndian(payload[1..]);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(payload[51..]);
        if (entries != MachineCount)
        {
            error = $"a message carries {entries} vector entries in a {MachineCount}-machine run";
            return false;
        }

        var vector = vectors?.Rent() ?? new long[entries];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadInt64LittleEndian(payload[(MessageFieldsLength + (i * sizeof(long)))..]);
        }

        var message = new Message(
            sender,
            BinaryPrimitives.ReadInt64LittleEndian(payload[3..]),
            BinaryPrimitives.ReadInt64LittleEndian(payload[11..]),
            BinaryPrimitives.ReadInt64LittleEndian(payload[19..]))
        {
            DelayNanoseconds = delay == NoDelay ? null : delay,
            Vector = vector,
            Hlc = new HlcTimestamp(BinaryPrimitives.ReadInt64LittleEndian(payload[35..]), BinaryPrimitives.ReadInt64LittleEndian(payload[43..])),
        };

        if (message.Sequence < 1 || message.Clock < 1)
        {
            error = $"message {message.Id} carries clock {message.Clock}; sequences and clocks start at 1";
        }
        else if (delay < NoDelay)
        {
            error = $"message {message.Id} carries a delay of {delay} ns";
        }
        else if (message.Hlc.C < 0)
        {
            error = $"message {message.Id} carries the hybrid logical clock counter {message.Hlc.C}; counters start at 0";
        }
        else if (sender < 1 || sender > MachineCount || vector[sender - 1] < 1 || vector.AsSpan().ContainsAnyExceptInRange(0, long.MaxValue))
        {
            error = $"message {message.Id} carries the vector clock [{string.Join(';', vector)}], which no sender of this run can have";
        }
        else
        {
            frame = Frame.OfMessage(message);
        }

        return error is null;
    }

    private bool TryDecodeSync(ReadOnlySpan<byte> payload, out Frame frame, out string? error)
    {
        frame = default;
        error = null;
        var kind = (SyncKind)payload[1];
        var from = BinaryPrimitives.ReadUInt16LittleEndian(payload[2..]);
        var to = BinaryPrimitives.ReadUInt16LittleEndian(payload[4..]);
        var delay = BinaryPrimitives.ReadInt64LittleEndian(payload[30..]);
        if (!Enum.IsDefined(kind))
        {
            error = $"a sync message of unknown kind {(byte)kind}";
        }
        else if (from < 1 || from > MachineCount || to < 1 || to > MachineCount || from == to)
        {
            error = $"a sync message from machine {from} to machine {to} in a {MachineCount}-machine run";
        }
        else if (delay < NoDelay)
        {
            error = $"a sync message carries a delay of {delay} ns";
        }
        else
        {
            frame = Frame.OfSync(new SyncMessage(
                kind,
                from,
                to,
                BinaryPrimitives.ReadInt64LittleEndian(payload[6..]),
                BinaryPrimitives.ReadInt64LittleEndian(payload[14..]),
                BinaryPrimitives.ReadInt64LittleEndian(payload[22..]))
            {
                DelayNanoseconds = delay == NoDelay ? null : delay,
            });
        }

        return error is null;
    }

    private static Span<byte> Header(Span<byte> destination, int payloadLength, FrameKind kind)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)payloadLength);
        var payload = destination.Slice(HeaderLength, payloadLength);
        payload[0] = (byte)kind;
        return payload;
    }
}
