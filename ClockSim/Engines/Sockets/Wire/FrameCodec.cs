using System.Buffers.Binary;
using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// The wire format: a 4-byte little-endian payload length, then the payload, whose first byte is the
/// <see cref="FrameKind"/>. Every kind has one fixed length, so anything else is rejected before a
/// single byte of it is buffered.
/// </summary>
internal static class FrameCodec
{
    public const int HeaderLength = sizeof(uint);
    public const int HelloPayloadLength = 1 + RunToken.Length + sizeof(ushort);
    public const int MessagePayloadLength = 1 + sizeof(ushort) + 4 * sizeof(long);

    /// <summary>The delay field of a message the engine's own network carries, with no configured delay.</summary>
    private const long NoDelay = -1;

    /// <summary>No frame is larger than this, header included.</summary>
    public const int MaxFrameLength = HeaderLength + MessagePayloadLength;

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

    public static int WriteMessage(Span<byte> destination, in Message message)
    {
        var payload = Header(destination, MessagePayloadLength, FrameKind.Message);
        BinaryPrimitives.WriteUInt16LittleEndian(payload[1..], checked((ushort)message.Sender));
        BinaryPrimitives.WriteInt64LittleEndian(payload[3..], message.Sequence);
        BinaryPrimitives.WriteInt64LittleEndian(payload[11..], message.Clock);
        BinaryPrimitives.WriteInt64LittleEndian(payload[19..], message.SentTimestamp);
        BinaryPrimitives.WriteInt64LittleEndian(payload[27..], message.DelayNanoseconds ?? NoDelay);
        return HeaderLength + MessagePayloadLength;
    }

    /// <summary>Decodes the frame at the start of <paramref name="buffer"/>.</summary>
    /// <param name="consumed">The bytes the frame took, when <see cref="FrameStatus.Complete"/>.</param>
    /// <param name="error">Why the bytes are not a frame, when <see cref="FrameStatus.Malformed"/>.</param>
    public static FrameStatus TryDecode(ReadOnlySpan<byte> buffer, out Frame frame, out int consumed, out string? error)
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
            default:
                error = $"unknown frame kind {(byte)kind}";
                return FrameStatus.Malformed;
        }

        if (length != expected)
        {
            error = $"a {kind} frame must carry {expected} bytes, this one declares {length}";
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
        else
        {
            var delay = BinaryPrimitives.ReadInt64LittleEndian(payload[27..]);
            var message = new Message(
                BinaryPrimitives.ReadUInt16LittleEndian(payload[1..]),
                BinaryPrimitives.ReadInt64LittleEndian(payload[3..]),
                BinaryPrimitives.ReadInt64LittleEndian(payload[11..]),
                BinaryPrimitives.ReadInt64LittleEndian(payload[19..]))
            {
                DelayNanoseconds = delay == NoDelay ? null : delay,
            };
            if (message.Sequence < 1 || message.Clock < 1)
            {
                error = $"message {message.Id} carries clock {message.Clock}; sequences and clocks start at 1";
                return FrameStatus.Malformed;
            }

            if (delay < NoDelay)
            {
                error = $"message {message.Id} carries a delay of {delay} ns";
                return FrameStatus.Malformed;
            }

            frame = Frame.OfMessage(message);
        }

        consumed = HeaderLength + expected;
        return FrameStatus.Complete;
    }

    private static Span<byte> Header(Span<byte> destination, int payloadLength, FrameKind kind)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)payloadLength);
        var payload = destination.Slice(HeaderLength, payloadLength);
        payload[0] = (byte)kind;
        return payload;
    }
}
