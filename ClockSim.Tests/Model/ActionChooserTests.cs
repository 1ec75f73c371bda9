using ClockSim.Configuration;
using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class ActionChooserTests
{
    [Fact]
    public void Choose_DefaultWeights_FollowsTheOneToTenDie()
    {
        var chooser = new ActionChooser(new WeightOptions().ToActionWeights());
        var random = new SeededRandom(12345);
        const int draws = 200_000;
        var counts = new int[3];

        for (var i = 0; i < draws; i++)
        {
            counts[(int)chooser.Choose(random)]++;
        }

        Assert.InRange(counts[(int)ActionKind.SendToOne] / (double)draws, 0.195, 0.205);
        Assert.InRange(counts[(int)ActionKind.SendToAll] / (double)draws, 0.097, 0.103);
        Assert.InRange(counts[(int)ActionKind.Internal] / (double)draws, 0.695, 0.705);
    }

    [Fact]
    public void Choose_ZeroWeight_IsNeverDrawn()
    {
        var chooser = new ActionChooser(new WeightOptions { SendToOne = 0, SendToAll = 1, Internal = 1 }.ToActionWeights());
        var random = new SeededRandom(7);

        var drawn = Enumerable.Range(0, 10_000).Select(_ => chooser.Choose(random)).ToHashSet();

        Assert.DoesNotContain(ActionKind.SendToOne, drawn);
        Assert.Equal(2, drawn.Count);
    }

    [Fact]
    public void Choose_SamePinnedSeed_DrawsTheSameSequence()
    {
        var chooser = new ActionChooser(new WeightOptions().ToActionWeights());
        var firstRandom = new SeededRandom(99);
        var secondRandom = new SeededRandom(99);

        var first = Enumerable.Range(0, 1_000).Select(_ => chooser.Choose(firstRandom)).ToArray();
        var second = Enumerable.Range(0, 1_000).Select(_ => chooser.Choose(secondRandom)).ToArray();

        Assert.Equal(first, second);
        Assert.Equal(3, first.Distinct().Count());
    }

    [Fact]
    public void ChoosePeer_PicksEveryPeerUniformly()
    {
        var peers = MachineSet.AllBut(4, 1);
        var random = new SeededRandom(3);
        const int draws = 60_000;

        var counts = Enumerable.Range(0, draws).Select(_ => ActionChooser.ChoosePeer(random, peers)).CountBy(p => p).ToDictionary();

        Assert.Equal([2, 3, 4], counts.Keys.Order());
        Assert.All(counts.Values, count => Assert.InRange(count / (double)draws, 0.32, 0.347));
    }

    [Fact]
    public void Constructor_AllWeightsZero_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ActionChooser(new WeightOptions { SendToOne = 0, SendToAll = 0, Internal = 0 }.ToActionWeights()));
    }
}
