using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class MachineSetTests
{
    [Fact]
    public void TryParse_RecipientsOfASendToAll_HoldsEachId()
    {
        Assert.True(MachineSet.TryParse("2;3;128"u8, out var set));

        Assert.Equal(3, set.Count);
        Assert.True(set.Contains(128));
        Assert.False(set.Contains(1));
        Assert.Equal("2;3;128", set.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2;2")]
    [InlineData("2;x")]
    [InlineData("-1")]
    public void TryParse_IdBelowOneRepeatedOrNotANumber_Fails(string text) =>
        Assert.False(MachineSet.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void TryParse_IdsOfAThousandMachineRun_AreHeld()
    {
        Assert.True(MachineSet.TryParse("999;7;1000"u8, out var set));

        Assert.Equal("7;999;1000", set.ToString());
        Assert.Equal([7, 999, 1000], [.. Ids(set)]);
        Assert.True(MachineSet.Of(999).IsSubsetOf(set));
        Assert.Equal(999, MachineSet.AllBut(1000, 1).Count);
    }

    [Fact]
    public void Equality_ComparesTheIds()
    {
        Assert.True(MachineSet.TryParse("1;3"u8, out var parsed));

        Assert.Equal(MachineSet.AllBut(3, 2), parsed);
        Assert.NotEqual(MachineSet.AllBut(3, 1), parsed);
        Assert.Equal(MachineSet.Of(2), MachineSet.TryParse("2"u8, out var one) ? one : default);
    }

    private static List<int> Ids(MachineSet set)
    {
        var ids = new List<int>();
        foreach (var id in set)
        {
            ids.Add(id);
        }

        return ids;
    }

    [Fact]
    public void AllBut_ThreeMachines_IsTheOtherTwo() => Assert.Equal("1;3", MachineSet.AllBut(3, 2).ToString());

    [Fact]
    public void Indexer_AndFirst_GoInAscendingOrder()
    {
        Assert.True(MachineSet.TryParse("9;4;7"u8, out var many));

        Assert.Equal((4, 4, 7, 9), (many.First, many[0], many[1], many[2]));
        Assert.Equal((5, 5), (MachineSet.Of(5).First, MachineSet.Of(5)[0]));
        Assert.Equal(0, MachineSet.Empty.First);
        Assert.Throws<ArgumentOutOfRangeException>(() => many[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => MachineSet.Empty[0]);
    }
}
