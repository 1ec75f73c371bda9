using System.Buffers.Binary;
using ClockSim.Model;
using ClockSim.Engines.Sockets.Wire;

namespace ClockSim.Tests.Engines.Sockets.Wire;

public sealed class FrameCodecTests
{
    private static readonly byte[] Token = Enumerable.Range(1, RunToken.Length).Select(i => (byte)i).ToArray();

    private static byte[] Encode(Message message)
    {
        var buffer = new byte[FrameCodec.MaxFrameLength];
        return buffer[..FrameCodec.WriteMessage(buffer, message)];
    }

    private static byte[] EncodeHello(int machineId)
    {
        var buffer = new byte[FrameCodec.MaxFrameLength];
        return buffer[..FrameCodec.WriteHello(buffer, Token, machineId)];
    }

    [Fact]
    public void Message_RoundTrips()
    {
        var message = new Message(Sender: 7, Sequence: 123_456_789_012, Clock: 98_765, SentTimestamp: -42);

        var status = FrameCodec.TryDecode(Encode(message), out var frame, out var consumed, out _);

        Assert.Equal(FrameStatus.Complete, status);
        Assert.Equal(FrameKind.Message, frame.Kind);
        Assert.Equal(message, frame.Message);
        Assert.Equal(Encode(message).Length, consumed);
    }

    [Fact]
    public void Hello_RoundTrips()
    {
        var status = FrameCodec.TryDecode(EncodeHello(128), out var frame, out _, out _);

        Assert.Equal(FrameStatus.Complete, status);
        Assert.Equal(FrameKind.Hello, frame.Kind);
        Assert.Equal(128, frame.MachineId);
        Assert.Equal(Token, frame.Token.ToArray());
    }

    [Fact]
    public void TryDecode_EveryTruncation_IsIncomplete()
    {
        var bytes = Encode(new Message(1, 1, 1, 0));

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Equal(FrameStatus.Incomplete, FrameCodec.TryDecode(bytes.AsSpan(0, length), out _, out _, out _));
        }
    }

    [Fact]
    public void TryDecode_TwoFramesInARow_TakesOnlyTheFirst()
    {
        var bytes = Encode(new Message(1, 1, 5, 0)).Concat(Encode(new Message(1, 2, 6, 0))).ToArray();

        FrameCodec.TryDecode(bytes, out var frame, out var consumed, out _);
        FrameCodec.TryDecode(bytes.AsSpan(consumed), out var next, out _, out _);

        Assert.Equal((1L, 2L), (frame.Message.Sequence, next.Message.Sequence));
    }

    [Fact]
    public void TryDecode_Oversized_IsMalformedBeforeThePayloadArrives()
    {
        var header = new byte[5];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 1_000_000_000);
        header[4] = (byte)FrameKind.Message;

        var status = FrameCodec.TryDecode(header, out _, out _, out var error);

        Assert.Equal(FrameStatus.Malformed, status);
        Assert.Contains("1000000000", error);
    }

    [Fact]
    public void TryDecode_Garbage_IsMalformed()
    {
        var garbage = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray();

        Assert.Equal(FrameStatus.Malformed, FrameCodec.TryDecode(garbage, out _, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void TryDecode_UnknownKind_IsMalformed()
    {
        var bytes = Encode(new Message(1, 1, 1, 0));
        bytes[FrameCodec.HeaderLength] = 99;

        Assert.Equal(FrameStatus.Malformed, FrameCodec.TryDecode(bytes, out _, out _, out var error));
        Assert.Contains("kind 99", error);
    }

    [Fact]
    public void TryDecode_LengthThatDoesNotFitTheKind_IsMalformed()
    {
        var bytes = EncodeHello(2);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, FrameCodec.HelloPayloadLength - 1);

        Assert.Equal(FrameStatus.Malformed, FrameCodec.TryDecode(bytes, out _, out _, out _));
    }

    [Fact]
    public void TryDecode_MessageWithClockZero_IsMalformed()
    {
        Assert.Equal(FrameStatus.Malformed, FrameCodec.TryDecode(Encode(new Message(1, 1, 0, 0)), out _, out _, out _));
    }
}
