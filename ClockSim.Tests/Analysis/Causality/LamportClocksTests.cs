using ClockSim.Analysis.Causality;

namespace ClockSim.Tests.Analysis.Causality;

public sealed class LamportClocksTests
{
    private static List<long> ReadSorted(LamportClocks clocks)
    {
        var read = new List<long>();
        var reader = clocks.Sorted();
        while (reader.MoveNext())
        {
            read.Add(reader.Current);
        }

        return read;
    }

    [Fact]
    public void Sorted_RisingClocks_ComeBackAsTheyWentIn()
    {
        long[] rising = [1, 2, 3, 130, 131, 20_000, 5_000_000_000, long.MaxValue / 2];
        var clocks = new LamportClocks();
        foreach (var clock in rising)
        {
            clocks.Add(clock);
        }

        Assert.Equal(rising.Length, clocks.Count);
        Assert.Equal(rising, ReadSorted(clocks));
    }

    [Fact]
    public void Sorted_ClocksThatFall_ComeBackInAscendingOrder()
    {
        // A damaged file: the clock falls, by a little and by a lot.
        long[] written = [5, 3, 900, 899, -7, 12];
        var clocks = new LamportClocks();
        foreach (var clock in written)
        {
            clocks.Add(clock);
        }

        Assert.Equal(written.Order(), ReadSorted(clocks));
    }

    [Fact]
    public void Sorted_ManyClocks_OutgrowTheFirstBufferWhole()
    {
        var clocks = new LamportClocks();
        var expected = Enumerable.Range(1, 10_000).Select(i => (long)i * i).ToArray();
        foreach (var clock in expected)
        {
            clocks.Add(clock);
        }

        Assert.Equal(expected, ReadSorted(clocks));
    }
}
