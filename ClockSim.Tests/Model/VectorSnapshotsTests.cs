using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class VectorSnapshotsTests
{
    [Fact]
    public void Copy_IsACopy_ThatTheClockMovingOnLeavesAlone()
    {
        var snapshots = new VectorSnapshots(3);
        long[] clock = [1, 2, 3];

        var copy = snapshots.Copy(clock, readers: 1);
        clock[0] = 9;

        Assert.Equal([1L, 2L, 3L], copy.ToArray());
    }

    [Fact]
    public void Read_ByEveryRecipient_ReusesTheCopy_AndNotBefore()
    {
        var snapshots = new VectorSnapshots(3);
        var shared = snapshots.Copy([1, 2, 3], readers: 2);

        snapshots.Read(shared, readers: 1);
        var whileOneReaderIsLeft = snapshots.Copy([4, 5, 6], readers: 1);
        snapshots.Read(shared, readers: 1);
        var afterTheLast = snapshots.Copy([7, 8, 9], readers: 1);

        Assert.False(whileOneReaderIsLeft.Span.Overlaps(shared.Span));
        Assert.True(afterTheLast.Span.Overlaps(shared.Span));
        Assert.Equal([7L, 8L, 9L], afterTheLast.ToArray());
    }

    [Fact]
    public void Release_ReusesTheCopyAtOnce_WhateverItsReaders()
    {
        var snapshots = new VectorSnapshots(3);
        var sent = snapshots.Copy([1, 2, 3], readers: 5);

        snapshots.Release(sent);
        var next = snapshots.Copy([4, 5, 6], readers: 5);

        Assert.True(next.Span.Overlaps(sent.Span));
        Assert.Equal([4L, 5L, 6L], next.ToArray());
        snapshots.Release(new long[] { 7, 8, 9 });
        Assert.False(snapshots.Copy([1, 1, 1], readers: 1).Span.Overlaps(next.Span));
    }

    [Fact]
    public void Read_AVectorMadeElsewhere_IsLeftAlone()
    {
        var snapshots = new VectorSnapshots(3);
        long[] elsewhere = [1, 2, 3];

        snapshots.Read(elsewhere, readers: 1);
        var copy = snapshots.Copy([4, 5, 6], readers: 1);

        Assert.Equal([1L, 2L, 3L], elsewhere);
        Assert.False(copy.Span.Overlaps(elsewhere));
    }
}
