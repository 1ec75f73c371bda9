using ClockSim.Configuration;
using ClockSim.Network;
using ClockSim.Run;

namespace ClockSim.Tests.Network;

public sealed class NetworkConditionsTests
{
    private const long Second = 1_000_000_000;

    private static NetworkConditions CreateSut(NetworkOptions options, int machines = 3, int seed = 1) => new(options, machines, seed);

    private static DelayOptions Constant(double ms) => new() { Distribution = DelayDistribution.Constant, MeanMs = ms };

    [Fact]
    public void Decide_ConstantDelay_CarriesEveryMessageForExactlyThatLong()
    {
        var conditions = CreateSut(new NetworkOptions { Delay = Constant(50) });

        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal(Route.Carry(50_000_000), conditions.Decide(1, 2, i * 1_000_000L)));
    }

    [Fact]
    public void Decide_NoDelayConfigured_LeavesTheDelayToTheEngine()
    {
        var conditions = CreateSut(new NetworkOptions { LossRate = 0.5 });

        var routes = Enumerable.Range(0, 200).Select(i => conditions.Decide(2, 3, i)).ToList();

        Assert.All(routes.Where(r => r.Dropped is null), r => Assert.Null(r.DelayNanoseconds));
    }

    [Fact]
    public void Decide_LossRate_DropsAboutThatShare()
    {
        var conditions = CreateSut(new NetworkOptions { LossRate = 0.2 });
        const int messages = 20_000;

        var lost = Enumerable.Range(0, messages).Count(i => conditions.Decide(1 + (i % 3), 1 + ((i + 1) % 3), i) == Route.Drop(UndeliveredReason.Loss));

        // Binomial(20,000, 0.2): mean 4,000, standard deviation 57; 5 deviations either side.
        Assert.InRange(lost, 3_717, 4_283);
    }

    [Fact]
    public void Decide_Uniform_StaysWithinItsBoundsAndFillsThem()
    {
        var conditions = CreateSut(new NetworkOptions { Delay = new() { Distribution = DelayDistribution.Uniform, MinMs = 10, MaxMs = 30 }, Fifo = false });

        var delays = Enumerable.Range(0, 10_000).Select(i => conditions.Decide(1, 2, i).DelayNanoseconds!.Value / 1e6).ToList();

        Assert.All(delays, d => Assert.InRange(d, 10, 30));
        Assert.InRange(delays.Average(), 19.7, 20.3);
        Assert.True(delays.Min() < 10.1 && delays.Max() > 29.9);
    }

    [Fact]
    public void Decide_Exponential_HasItsMinimumAndMean()
    {
        var conditions = CreateSut(new NetworkOptions { Delay = new() { Distribution = DelayDistribution.Exponential, MinMs = 5, MeanMs = 25 }, Fifo = false });

        var delays = Enumerable.Range(0, 40_000).Select(i => conditions.Decide(1, 2, i).DelayNanoseconds!.Value / 1e6).ToList();

        // The exponential part has mean 20 ms and standard deviation 20 ms: the sample mean's deviation is 0.1 ms.
        Assert.All(delays, d => Assert.True(d >= 5));
        Assert.InRange(delays.Average(), 24.5, 25.5);
    }

    [Fact]
    public void Decide_Fifo_NeverLetsAMessageOvertakeTheOneBeforeOnItsLink()
    {
        var options = new NetworkOptions { Delay = new() { Distribution = DelayDistribution.Uniform, MinMs = 0, MaxMs = 100 } };
        var fifo = CreateSut(options);
        var free = CreateSut(new NetworkOptions { Delay = options.Delay, Fifo = false });

        long Arrival(NetworkConditions c, long sent) => sent + c.Decide(1, 2, sent).DelayNanoseconds!.Value;
        var inOrder = Enumerable.Range(0, 1000).Select(i => Arrival(fifo, i * 1_000_000L)).ToList();
        var overtaking = Enumerable.Range(0, 1000).Select(i => Arrival(free, i * 1_000_000L)).ToList();

        Assert.Equal(inOrder.Order(), inOrder);
        Assert.NotEqual(overtaking.Order(), overtaking);
    }

    [Fact]
    public void Decide_DuringAPartition_DropsExactlyTheMessagesBetweenItsSides()
    {
        var partition = new PartitionOptions { FromSeconds = 20, ToSeconds = 35, Groups = [[1, 2], [3]] };
        var conditions = CreateSut(new NetworkOptions { Partitions = [partition] }, machines: 4);

        Assert.Equal(Route.Drop(UndeliveredReason.Partition), conditions.Decide(1, 3, 20 * Second));
        Assert.Equal(Route.Drop(UndeliveredReason.Partition), conditions.Decide(3, 2, (35 * Second) - 1));
        Assert.Equal(Route.Carry(null), conditions.Decide(1, 2, 25 * Second));
        Assert.Equal(Route.Carry(null), conditions.Decide(1, 3, (20 * Second) - 1));
        Assert.Equal(Route.Carry(null), conditions.Decide(3, 1, 35 * Second));

        // Machine 4 is in no group: it is on a side of its own with every other machine named in none.
        Assert.Equal(Route.Drop(UndeliveredReason.Partition), conditions.Decide(4, 1, 30 * Second));
    }

    [Fact]
    public void Decide_LinkOverride_AppliesToThatDirectionOnly()
    {
        var conditions = CreateSut(new NetworkOptions
        {
            Delay = Constant(5),
            Links = [new LinkOptions { From = 1, To = 3, Delay = Constant(80), LossRate = 0 }],
        });

        Assert.Equal(80_000_000, conditions.Decide(1, 3, 0).DelayNanoseconds);
        Assert.Equal(5_000_000, conditions.Decide(3, 1, 0).DelayNanoseconds);
        Assert.Equal(5_000_000, conditions.Decide(1, 2, 0).DelayNanoseconds);
    }

    [Fact]
    public void Decide_EachLinkDrawsFromItsOwnStream_WhateverTheOtherLinksDo()
    {
        var options = new NetworkOptions { Delay = new() { Distribution = DelayDistribution.Uniform, MinMs = 0, MaxMs = 100 }, LossRate = 0.3, Fifo = false };
        var alone = CreateSut(options, seed: 9);
        var busy = CreateSut(options, seed: 9);

        var first = Enumerable.Range(0, 100).Select(i => alone.Decide(2, 1, i)).ToList();
        var second = Enumerable.Range(0, 100).Select(i =>
        {
            busy.Decide(3, 1, i);
            busy.Decide(1, 2, i);
            return busy.Decide(2, 1, i);
        }).ToList();

        Assert.Equal(first, second);
    }
}
