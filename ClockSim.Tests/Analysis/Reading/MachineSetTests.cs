using ClockSim.Analysis.Reading;

namespace ClockSim.Tests.Analysis.Reading;

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
    [InlineData("129")]
    [InlineData("2;x")]
    [InlineData("-1")]
    public void TryParse_IdOutOfRangeOrNotANumber_Fails(string text) =>
        Assert.False(MachineSet.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void AllBut_ThreeMachines_IsTheOtherTwo() => Assert.Equal("1;3", MachineSet.AllBut(3, 2).ToString());
}
