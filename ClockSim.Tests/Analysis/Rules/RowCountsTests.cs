using ClockSim.Analysis.Rules;

namespace ClockSim.Tests.Analysis.Rules;

public sealed class RowCountsTests
{
    [Fact]
    public void Mark_RowsOfTheSameInstantAfterIt_AreCounted()
    {
        var rows = new RowCounts(3);
        rows.Add(0, 100);
        rows.Add(1, 200);
        var mark = rows.Mark();

        // Machine 2 ticks at the instant of the mark, after it: its row is at or before the instant.
        rows.Add(2, 200);

        Assert.Equal([1, 1, 1], [mark.Of(0), mark.Of(1), mark.Of(2)]);
    }

    [Fact]
    public void Mark_RowsOfLaterInstants_AreNotCounted()
    {
        var rows = new RowCounts(2);
        rows.Add(0, 100);
        var mark = rows.Mark();
        rows.Add(1, 150);
        rows.Add(0, 200);
        var later = rows.Mark();
        rows.Add(1, 300);

        Assert.Equal([1, 0], [mark.Of(0), mark.Of(1)]);
        Assert.Equal([2, 1], [later.Of(0), later.Of(1)]);
    }

    [Fact]
    public void Mark_TwiceAtOneInstant_IsOneMark()
    {
        var rows = new RowCounts(1);
        rows.Add(0, 100);

        Assert.Same(rows.Mark(), rows.Mark());
    }
}
