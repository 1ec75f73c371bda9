using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class SampleColumnTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(30_000)]
    public void Add_ManyValues_ReadBackInOrderByIndexAndByEnumeration(int count)
    {
        var column = new SampleColumn();
        var values = Enumerable.Range(0, count).Select(i => i * 0.5 - 7).ToArray();
        foreach (var value in values)
        {
            column.Add(value);
        }

        Assert.Equal(count, column.Count);
        Assert.Equal(values, column);
        Assert.Equal(values, Enumerable.Range(0, count).Select(i => column[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => column[count]);
    }
}
