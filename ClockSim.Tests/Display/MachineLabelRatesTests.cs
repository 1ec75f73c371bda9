using ClockSim.Display;

namespace ClockSim.Tests.Display;

public sealed class MachineLabelRatesTests
{
    [Fact]
    public void AFewMachines_EachRateIsListed()
    {
        Assert.Equal("1 tick/s, 3 ticks/s, 6 ticks/s", MachineLabel.Rates([1, 3, 6]));
    }

    [Fact]
    public void ManyMachinesAtAFewRates_SayHowManyRunAtEach()
    {
        double[] rates = [.. Enumerable.Repeat(2.0, 588), .. Enumerable.Repeat(1.0, 412)];

        Assert.Equal("412 at 1 tick/s, 588 at 2 ticks/s", MachineLabel.Rates(rates));
    }

    [Fact]
    public void ManyMachinesAtManyRates_GiveTheirRange()
    {
        double[] rates = [.. Enumerable.Range(0, 128).Select(i => (double)(i % 20) + 1)];

        Assert.Equal("20 different rates from 1 tick/s to 20 ticks/s", MachineLabel.Rates(rates));
    }
}
