using System.Text;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Tests.Recording;

public sealed class MachineIdsTextTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(1000)]
    public void WriteAllBut_EveryMachine_IsThePeerTextOfItsSendToAll(int machines)
    {
        // A text of exactly the run's machines, and a longer one, as when a larger run came first.
        foreach (var text in new[] { new MachineIdsText(machines), new MachineIdsText(1000) })
        {
            var row = new byte[machines * 5];
            for (var machine = 1; machine <= machines; machine++)
            {
                var written = text.WriteAllBut(machines, machine, row);

                Assert.Equal(MachineSet.AllBut(machines, machine).ToString(), Encoding.ASCII.GetString(row, 0, written));
            }
        }
    }

    [Fact]
    public void Of_EveryId_IsItsDecimalText()
    {
        var text = new MachineIdsText(1000);

        Assert.All(Enumerable.Range(1, 1000), id => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.ASCII.GetString(text.Of(id))));
    }

    [Fact]
    public void UpTo_MoreMachinesThanBefore_GrowsTheSharedText()
    {
        var text = MachineIdsText.UpTo(1001);

        Assert.True(text.Count >= 1001);
        Assert.Equal("1001", Encoding.ASCII.GetString(text.Of(1001)));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(3, 4)]
    public void WriteAllBut_AMachineOutsideTheRun_Throws(int machines, int excluded)
    {
        var text = new MachineIdsText(machines);

        Assert.Throws<ArgumentOutOfRangeException>(() => text.WriteAllBut(machines, excluded, new byte[64]));
    }
}
