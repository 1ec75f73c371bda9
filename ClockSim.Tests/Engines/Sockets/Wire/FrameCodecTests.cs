using System.Buffers.Binary;
using ClockSim.Engines.Sockets.Wire;
using ClockSim.Model;

namespace ClockSim.Tests.Engines.Sockets.Wire;

public sealed class FrameCodecTests
{
    private static readonly byte[] Token = Enumerable.Range(1, RunToken.Length).Select(i => (byte)i).ToArray();

    private static readonly FrameCodec Codec = new(machineCount: 8);

    /// <summary>A message of machine <paramref name="sender"/> of an 8-machine run, with a vector its sender can have.</summary>
    private static Message Message(int sender, long sequence, long clock, long sentTimestamp = 0, long[]? vector = null) =>
        new(sender, sequence, clock, sentTimestamp) { Vector = vector ?? [.. Enumerable.Range(1, 8).Select(id => id == sender ? clock : 0L)] };

    private static byte[] Encode(Message message, FrameCodec? codec = null)
    {
        codec ??= Codec;
        var buffer = new byte[codec.MaxFrameLength];
        return buffer[..codec.WriteMessage(buffer, message)];
    }

    private static byte[] EncodeHello(int machineId)
    {
        var buffer = new byte[Codec.MaxFrameLength];
        return buffer[..FrameCodec.WriteHello(buffer, Token, machineId)];
    }

    private static void AssertSameMessage(Message expected, Message actual)
    {
        Assert.Equal((expected.Sender, expected.Sequence, expected.Clock, expected.SentTimestamp, expected.DelayNanoseconds, expected.Hlc),
            (actual.Sender, actual.Sequence, actual.Clock, actual.SentTimestamp, actual.DelayNanoseconds, actual.Hlc));
        Assert.Equal(expected.Vector.ToArray(), actual.Vector.ToArray());
    }

    [Fact]
    public void Message_RoundTrips()
    {
        var message = Message(sender: 7, sequence: 123_456_789_012, clock: 98_765, sentTimestamp: -42, vector: [3, 0, 9, 1, 0, 0, 98_765, 2]);

        var status = Codec.TryDecode(Encode(message), out var frame, out var consumed, out _);

        Assert.Equal(FrameStatus.Complete, status);
        Assert.Equal(FrameKind.Message, frame.Kind);
        AssertSameMessage(message, frame.Message);
        Assert.Equal(Encode(message).Length, consumed);
    }

    [Fact]
    public void Message_CarriesItsHybridLogicalClock_NegativeLIncluded()
    {
        var message = Message(3, 2, 5) with { Hlc = new HlcTimestamp(-12_500_000, 7) };

        Codec.TryDecode(Encode(message), out var frame, out _, out _);

        AssertSameMessage(message, frame.Message);
    }

    [Fact]
    public void Message_WithANegativeHlcCounter_IsMalformed()
    {
        var status = Codec.TryDecode(Encode(Message(3, 2, 5) with { Hlc = new HlcTimestamp(1, -1) }), out _, out _, out var error);

        Assert.Equal(FrameStatus.Malformed, status);
        Assert.Contains("hybrid logical clock counter -1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 4, 1, null)]
    [InlineData(2, 1, 8, 2_000_000L)]
    public void Sync_RoundTrips(byte kind, int from, int to, long? delay)
    {
        var sync = new SyncMessage((SyncKind)kind, from, to, -3_000_001, 9_999_999_999, 123_456) { DelayNanoseconds = delay };
        var buffer = new byte[Codec.MaxFrameLength];
        var length = FrameCodec.WriteSync(buffer, sync);

        var status = Codec.TryDecode(buffer.AsSpan(0, length), out var frame, out var consumed, out _);

        Assert.Equal((FrameStatus.Complete, FrameKind.Sync, length), (status, frame.Kind, consumed));
        Assert.Equal(sync, frame.Sync);
    }

    [Theory]
    [InlineData(1, 9, 1, "from machine 9 to machine 1 in a 8-machine run")]
    [InlineData(1, 2, 2, "from machine 2 to machine 2")]
    [InlineData(7, 2, 1, "unknown kind 7")]
    public void Sync_ThatNoMachineOfTheRunSends_IsMalformed(byte kind, int from, int to, string expected)
    {
        var buffer = new byte[Codec.MaxFrameLength];
        var length = FrameCodec.WriteSync(buffer, new SyncMessage((SyncKind)kind, from, to, 0, 0, 0));

        var status = Codec.TryDecode(buffer.AsSpan(0, length), out _, out _, out var error);

        Assert.Equal(FrameStatus.Malformed, status);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_WithADelay_RoundTrips()
    {
        var message = Message(2, 1, 4) with { DelayNanoseconds = 50_000_000 };

        Codec.TryDecode(Encode(message), out var frame, out _, out _);

        AssertSameMessage(message, frame.Message);
    }

    [Fact]
    public void Message_OfA128MachineRun_FitsItsFrame()
    {
        var codec = new FrameCodec(128);
        var vector = Enumerable.Range(1, 128).Select(i => (long)i * 1_000_003).ToArray();
        var message = new Message(128, 5, vector[^1], 0) { Vector = vector };

        var bytes = Encode(message, codec);

        Assert.Equal(codec.MaxFrameLength, bytes.Length);
        Assert.Equal(FrameStatus.Complete, codec.TryDecode(bytes, out var frame, out _, out _));
        AssertSameMessage(message, frame.Message);
    }

    [Theory]
    [InlineData(new long[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new long[] { 0, 4, -1, 0, 0, 0, 0, 0 })]
    public void TryDecode_VectorNoSenderCanHave_IsMalformed(long[] vector)
    {
        Assert.Equal(FrameStatus.Malformed, Codec.TryDecode(Encode(Message(2, 1, 4, vector: vector)), out _, out _, out var error));
        Assert.Contains("vector clock", error);
    }

    [Fact]
    public void TryDecode_FrameOfARunWithOtherMachineCount_IsMalformed()
    {
        var fromSmallerRun = Encode(new Message(2, 1, 4, 0) { Vector = new long[] { 0, 4, 0 } }, new FrameCodec(3));

        Assert.Equal(FrameStatus.Malformed, Codec.TryDecode(fromSmallerRun, out _, out _, out var error));
        Assert.Contains("8-machine run", error);
    }

    [Fact]
    public void Hello_RoundTrips()
    {
        var status = Codec.TryDecode(EncodeHello(128), out var frame, out _, out _);

        Assert.Equal(FrameStatus.Complete, status);
        Assert.Equal(FrameKind.Hello, frame.Kind);
        Assert.Equal(128, frame.MachineId);
        Assert.Equal(Token, frame.Token.ToArray());
    }

    [Fact]
    public void TryDecode_EveryTruncation_IsIncomplete()
    {
        var bytes = Encode(Message(1, 1, 1));

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Equal(FrameStatus.Incomplete, Codec.TryDecode(bytes.AsSpan(0, length), out _, out _, out _));
        }
    }

    [Fact]
    public void TryDecode_TwoFramesInARow_TakesOnlyTheFirst()
    {
        var bytes = Encode(Message(1, 1, 5)).Concat(Encode(Message(1, 2, 6))).ToArray();

        Codec.TryDecode(bytes, out var frame, out var consumed, out _);
        Codec.TryDecode(bytes.AsSpan(consumed), out var next, out _, out _);

        Assert.Equal((1L, 2L), (frame.Message.Sequence, next.Message.Sequence));
    }

    [Fact]
    public void TryDecode_Oversized_IsMalformedBeforeThePayloadArrives()
    {
        var header = new byte[5];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 1_000_000_000);
        header[4] = (byte)FrameKind.Message;

        var status = Codec.TryDecode(header, out _, out _, out var error);

        Assert.Equal(FrameStatus.Malformed, status);
        Assert.Contains("1000000000", error);
    }

    [Fact]
    public void TryDecode_Garbage_IsMalformed()
    {
        var garbage = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray();

        Assert.Equal(FrameStatus.Malformed, Codec.TryDecode(garbage, out _, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void TryDecode_UnknownKind_IsMalformed()
    {
        var bytes = Encode(Message(1, 1, 1));
        bytes[FrameCodec.HeaderLength] = 99;

        Assert.Equal(FrameStatus.Malformed, Codec.TryDecode(bytes, out _, out _, out var error));
        Assert.Contains("kind 99", error);
    }

    [Fact]
    public void TryDecode_LengthThatDoesNotFitTheKind_IsMalformed()
    {
        var bytes = EncodeHello(2);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, FrameCodec.HelloPayloadLength - 1);

        Assert.Equal(FrameStatus.Malformed, Codec.TryDecode(bytes, out _, out _, out _));
    }

    [Fact]
    public void TryDecode_MessageWithClockZero_IsMalformed()
    {
        Assert.Equal(FrameStatus.Malformed, Codec.TryDecode(Encode(Message(1, 1, 0, vector: [1, 0, 0, 0, 0, 0, 0, 0])), out _, out _, out _));
    }
}
