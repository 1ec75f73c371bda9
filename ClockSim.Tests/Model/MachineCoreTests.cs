using ClockSim.Configuration;
using ClockSim.Engines.Virtual;
using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class MachineCoreTests
{
    private const double AnyTime = 0;
    private const long AnyReading = 0;

    /// <summary>A message of a 3-machine run whose sender's vector has its clock in its own entry and nothing else.</summary>
    private static Message From(int sender, long sequence, long clock) =>
        new(sender, sequence, clock, SentTimestamp: 0) { Vector = Enumerable.Range(1, 3).Select(id => id == sender ? clock : 0L).ToArray() };

    private static (MachineCore Core, QueueInbox Queue) CreateSut(WeightOptions? weights = null, int id = 1, int machines = 3, int seed = 1)
    {
        var queue = new QueueInbox(new MessageSlots(new VectorSnapshots(machines)));
        return (new MachineCore(id, machines, (weights ?? new WeightOptions()).ToActionWeights(), queue, new SeededRandom((ulong)seed)), queue);
    }

    [Fact]
    public void Tick_WithQueuedMessage_ReceivesMaxPlusOne()
    {
        var (core, queue) = CreateSut();
        queue.Deliver(From(sender: 2, sequence: 4, clock: 10));

        var e = core.Tick(1, AnyTime, AnyReading);

        Assert.Equal(EventKind.Receive, e.Kind);
        Assert.Equal(11, e.LogicalClock);
        Assert.Equal(11, e.Jump);
        Assert.Equal(MachineSet.Of(2), e.Peers);
        Assert.Equal((new MessageKey(2, 4), 10L), (e.Message, e.MessageClock));
    }

    [Fact]
    public void Tick_TakesExactlyOneMessage_AndReportsTheRest()
    {
        var (core, queue) = CreateSut();
        for (var i = 1; i <= 3; i++)
        {
            queue.Deliver(From(2, i, i));
        }

        var first = core.Tick(1, AnyTime, AnyReading);
        var second = core.Tick(2, AnyTime, AnyReading);

        Assert.Equal((1L, 2), (first.Message.Sequence, first.QueueLength));
        Assert.Equal((2L, 1), (second.Message.Sequence, second.QueueLength));
        Assert.Equal(3, second.LogicalClock);
    }

    [Fact]
    public void Tick_ReceiveBehindLocalClock_AddsOne()
    {
        var (core, queue) = CreateSut(new WeightOptions { SendToOne = 0, SendToAll = 0, Internal = 1 });
        for (var tick = 1; tick <= 5; tick++)
        {
            core.Tick(tick, AnyTime, AnyReading);
        }

        queue.Deliver(From(3, 1, 2));
        var e = core.Tick(6, AnyTime, AnyReading);

        Assert.Equal((6L, 1L), (e.LogicalClock, e.Jump));
    }

    [Fact]
    public void Tick_SendToOne_CarriesTheIncrementedClockToAPeer()
    {
        var (core, _) = CreateSut(new WeightOptions { SendToOne = 1, SendToAll = 0, Internal = 0 }, id: 2);

        var first = core.Tick(1, AnyTime, AnyReading);
        var second = core.Tick(2, AnyTime, AnyReading);

        Assert.Equal(EventKind.Send, first.Kind);
        Assert.Equal(1, first.Peers.Count);
        Assert.Contains(first.Peers.First, new[] { 1, 3 });
        Assert.Equal((1L, 1L, 1L), (first.LogicalClock, first.Jump, first.MessageClock));
        Assert.Equal(new MessageKey(2, 1), first.Message);
        Assert.Equal((2L, 2L), (second.Message.Sequence, second.MessageClock));
    }

    [Fact]
    public void Tick_SendToAll_CarriesTheIncrementedClockToEveryPeer()
    {
        var (core, _) = CreateSut(new WeightOptions { SendToOne = 0, SendToAll = 1, Internal = 0 });

        var e = core.Tick(1, AnyTime, AnyReading);

        Assert.Equal(EventKind.SendAll, e.Kind);
        Assert.Equal((MachineSet.AllBut(3, 1), 1L, 1L), (e.Peers, e.LogicalClock, e.MessageClock));
        Assert.Equal("2;3", core.Peers.ToString());
    }

    [Fact]
    public void Tick_Internal_IncrementsWithoutAMessage()
    {
        var (core, _) = CreateSut(new WeightOptions { SendToOne = 0, SendToAll = 0, Internal = 1 });

        var e = core.Tick(1, AnyTime, AnyReading);

        Assert.Equal(EventKind.Internal, e.Kind);
        Assert.Equal((1L, 1L), (e.LogicalClock, e.Jump));
        Assert.True(e.Message.IsNone);
        Assert.Equal((0, (long?)null), (e.Peers.Count, e.MessageClock));
    }

    [Fact]
    public void Tick_CarriesTheGivenTime()
    {
        var (core, _) = CreateSut();
        Assert.Equal(1234.5, core.Tick(1, 1234.5, AnyReading).ElapsedMs);
    }

    [Fact]
    public void Tick_OutOfOrder_Throws()
    {
        var (core, _) = CreateSut();
        core.Tick(1, AnyTime, AnyReading);

        Assert.Throws<ArgumentOutOfRangeException>(() => core.Tick(3, AnyTime, AnyReading));
    }

    [Fact]
    public void Tick_SameSeed_RepeatsTheSameEvents()
    {
        var (first, _) = CreateSut(seed: 42);
        var (second, _) = CreateSut(seed: 42);

        // The vector is a view of each machine's live clock: compare the events without it.
        var a = Enumerable.Range(1, 500).Select(t => first.Tick(t, AnyTime, AnyReading) with { Vector = default }).ToArray();
        var b = Enumerable.Range(1, 500).Select(t => second.Tick(t, AnyTime, AnyReading) with { Vector = default }).ToArray();

        Assert.Equal(a, b);
        Assert.Contains(a, e => e.Kind == EventKind.Send);
        Assert.Contains(a, e => e.Kind == EventKind.SendAll);
        Assert.Contains(a, e => e.Kind == EventKind.Internal);
    }

    [Fact]
    public void Tick_EveryEvent_AdvancesItsOwnVectorEntryToItsTickNumber()
    {
        var (core, queue) = CreateSut(id: 2);
        for (var tick = 1; tick <= 50; tick++)
        {
            if (tick % 7 == 0)
            {
                queue.Deliver(From(3, tick, clock: tick * 2));
            }

            Assert.Equal(tick, core.Tick(tick, AnyTime, AnyReading).Vector.Span[1]);
        }
    }

    [Fact]
    public void Tick_Receive_TakesTheElementWiseMaximumThenAddsOne()
    {
        var (core, queue) = CreateSut(new WeightOptions { SendToOne = 0, SendToAll = 0, Internal = 1 }, id: 1);
        core.Tick(1, AnyTime, AnyReading);
        core.Tick(2, AnyTime, AnyReading);
        queue.Deliver(new Message(3, 1, 9, 0) { Vector = new long[] { 1, 5, 7 } });

        var e = core.Tick(3, AnyTime, AnyReading);

        Assert.Equal([3L, 5L, 7L], e.Vector.ToArray());
    }

    [Fact]
    public void MessageOf_CarriesACopyOfTheSendersVector()
    {
        var (core, _) = CreateSut(new WeightOptions { SendToOne = 1, SendToAll = 0, Internal = 0 });
        var send = core.Tick(1, AnyTime, AnyReading);

        var message = MachineCore.MessageOf(send, sentTimestamp: 0);
        core.Tick(2, AnyTime, AnyReading);

        Assert.Equal([1L, 0L, 0L], message.Vector.ToArray());
        Assert.Equal(2, send.Vector.Span[0]);
    }
}
