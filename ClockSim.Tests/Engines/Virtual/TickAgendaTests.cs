using ClockSim.Engines.Virtual;

namespace ClockSim.Tests.Engines.Virtual;

public sealed class TickAgendaTests
{
    [Fact]
    public void Next_IsTheEarliestTick_AndAtEqualInstantsTheLowestMachine()
    {
        var agenda = new TickAgenda(5);
        agenda.Add(300, 0);
        agenda.Add(100, 4);
        agenda.Add(100, 2);
        agenda.Add(200, 1);
        agenda.Add(100, 3);

        var order = new List<(long, int)>();
        while (agenda.Count > 0)
        {
            order.Add((agenda.NextTime, agenda.NextMachine));
            agenda.RemoveNext();
        }

        Assert.Equal([(100L, 2), (100L, 3), (100L, 4), (200L, 1), (300L, 0)], order);
    }

    [Fact]
    public void ReplaceNext_KeepsTheMachineAndReordersItsTick()
    {
        var agenda = new TickAgenda(2);
        agenda.Add(10, 0);
        agenda.Add(20, 1);

        agenda.ReplaceNext(30);

        Assert.Equal((20L, 1), (agenda.NextTime, agenda.NextMachine));
        agenda.RemoveNext();
        Assert.Equal((30L, 0), (agenda.NextTime, agenda.NextMachine));
    }

    [Fact]
    public void Add_ManyMachinesInAnyOrder_ComeOutSorted()
    {
        var agenda = new TickAgenda(1000);
        var times = Enumerable.Range(0, 1000).Select(i => (long)((i * 7919) % 1000)).ToArray();
        for (var i = 0; i < times.Length; i++)
        {
            agenda.Add(times[i], i);
        }

        var taken = new List<long>();
        while (agenda.Count > 0)
        {
            taken.Add(agenda.NextTime);
            Assert.Equal(times[agenda.NextMachine], agenda.NextTime);
            agenda.RemoveNext();
        }

        Assert.Equal(times.Order(), taken);
    }

    [Fact]
    public void Add_InstantBeyondTheRange_Throws()
    {
        var agenda = new TickAgenda(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => agenda.Add(TickAgenda.MaxTime + 1, 0));
    }
}
