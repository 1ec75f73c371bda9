using System.Runtime.InteropServices;
using ClockSim.Engines.Sockets;
using ClockSim.Engines.Sockets.Wire;
using ClockSim.Model;

namespace ClockSim.Tests.Engines.Sockets;

public sealed class ReceivedVectorsTests
{
    private static long[] ArrayOf(ReadOnlyMemory<long> vector) =>
        MemoryMarshal.TryGetArray(vector, out var segment) ? segment.Array! : throw new InvalidOperationException("Not an array.");

    private static Message Received(ReceivedVectors vectors, int sender, params long[] entries)
    {
        var vector = vectors.Rent();
        entries.CopyTo(vector, 0);
        return new Message(sender, 1, 1, 0) { Vector = vector };
    }

    [Fact]
    public void Decode_PutsTheVectorIntoAnArrayOfTheReceivingMachine()
    {
        var codec = new FrameCodec(machineCount: 3);
        var vectors = new ReceivedVectors(3);
        var spare = vectors.Rent();
        vectors.Return(spare);
        var buffer = new byte[codec.MaxFrameLength];
        var length = codec.WriteMessage(buffer, new Message(2, 1, 4, 0) { Vector = new long[] { 1, 4, 0 } });

        codec.TryDecode(buffer.AsSpan(0, length), out var frame, out _, out _, vectors);

        Assert.Same(spare, ArrayOf(frame.Message.Vector));
        Assert.Equal([1L, 4, 0], frame.Message.Vector.ToArray());
    }

    [Fact]
    public void Inbox_GivesAVectorBack_OnlyOnceTheNextMessageIsTaken()
    {
        var vectors = new ReceivedVectors(3);
        var inbox = new ChannelInbox(vectors);
        inbox.Deliver(Received(vectors, 2, 0, 1, 0));
        inbox.Deliver(Received(vectors, 3, 0, 0, 1));

        Assert.True(inbox.TryTake(out var first));
        var firstArray = ArrayOf(first.Vector);

        // The machine may still be merging the first message: its array is not free yet.
        Assert.NotSame(firstArray, vectors.Rent());
        Assert.True(inbox.TryTake(out var second));
        Assert.Equal([0L, 0, 1], second.Vector.ToArray());
        Assert.Same(firstArray, vectors.Rent());
    }

    [Fact]
    public void Inbox_LeavesAloneAVectorThatIsNotOneOfTheMachines()
    {
        var vectors = new ReceivedVectors(3);
        var inbox = new ChannelInbox(vectors);
        long[] foreign = [0, 1, 0, 99];
        inbox.Deliver(new Message(2, 1, 1, 0) { Vector = foreign.AsMemory(0, 3) });
        inbox.Deliver(new Message(2, 2, 2, 0) { Vector = new long[] { 0, 2, 0, 0, 0 } });

        inbox.TryTake(out _);
        inbox.TryTake(out _);
        inbox.TryTake(out _);

        Assert.NotSame(foreign, vectors.Rent());
        Assert.Equal(3, vectors.Rent().Length);
    }
}
