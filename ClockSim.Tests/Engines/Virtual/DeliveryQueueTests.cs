using ClockSim.Engines.Virtual;
using ClockSim.Model;

namespace ClockSim.Tests.Engines.Virtual;

/// <summary>A delivery's slot stands for its message here: the queue only carries it.</summary>
public sealed class DeliveryQueueTests
{
    private static List<(long Time, long Slot)> TakeAll(DeliveryQueue queue)
    {
        var taken = new List<(long, long)>();
        while (queue.TryPeekTime(out var time))
        {
            var delivery = queue.Take();
            Assert.Equal(time, delivery.Time);
            taken.Add((delivery.Time, delivery.Slot));
        }

        return taken;
    }

    [Fact]
    public void Take_SameDelayForAll_KeepsSendOrder()
    {
        var queue = new DeliveryQueue();
        queue.Add(100, MachineSet.Of(1), slot: 1);
        queue.Add(100, MachineSet.Of(2), slot: 2);
        queue.Add(250, MachineSet.Of(1), slot: 3);

        Assert.Equal([(100L, 1L), (100L, 2L), (250L, 3L)], TakeAll(queue));
    }

    [Fact]
    public void Take_ASendToAll_IsOneDeliveryToEveryRecipient_BetweenTheSendsBeforeAndAfterIt()
    {
        var queue = new DeliveryQueue();
        queue.Add(100, MachineSet.Of(3), slot: 1);
        queue.Add(100, MachineSet.AllBut(4, 1), slot: 2);
        queue.Add(100, MachineSet.Of(2), slot: 3);

        var taken = new List<(long Sequence, List<int> Recipients)>();
        while (queue.TryPeekTime(out _))
        {
            var delivery = queue.Take();
            var recipients = new List<int>();
            foreach (var recipient in delivery.Recipients)
            {
                recipients.Add(recipient);
            }

            taken.Add((delivery.Slot, recipients));
        }

        Assert.Equal([1L, 2L, 3L], taken.Select(t => t.Sequence));
        Assert.Equal([[3], [2, 3, 4], [2]], taken.Select(t => t.Recipients));
        Assert.False(queue.TryPeekTime(out _));
    }

    [Fact]
    public void Take_AMessageThatOvertakes_ArrivesByItsInstant_TiesInSendOrder()
    {
        var queue = new DeliveryQueue();
        queue.Add(500, MachineSet.Of(1), slot: 1);
        queue.Add(300, MachineSet.Of(1), slot: 2);
        queue.Add(500, MachineSet.Of(1), slot: 3);
        queue.Add(100, MachineSet.Of(1), slot: 4);
        queue.Add(300, MachineSet.Of(1), slot: 5);

        Assert.Equal([(100L, 4L), (300L, 2L), (300L, 5L), (500L, 1L), (500L, 3L)], TakeAll(queue));
        Assert.Equal(0, queue.Count);
    }
}
