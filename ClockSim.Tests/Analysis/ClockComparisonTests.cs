using ClockSim.Analysis;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis;

/// <summary>
/// The four clocks side by side on a run worked out by hand. Machine 2's clock is 100 ms behind. M1: send at 200 (reads 200,
/// Lamport 1, HLC 200:0). M2: internal at 100 (reads 0, Lamport 1, HLC 0:0), receive at 250 (reads 150, Lamport 2, HLC
/// max(0, 200, 150) = 200 from the message: 200:1). Two pairs on different machines: (send, internal) is concurrent,
/// (send, receive) is ordered by happened-before.
/// </summary>
public sealed class ClockComparisonTests
{
    [Fact]
    public void HandComputedRun_GivesEachClocksFigures()
    {
        using var run = new TestRunFolder(5, 5).WithClocks(0, -100);
        run.Internal(2, 100, clock: 1, vector: [0, 1]);
        var message = run.Send(1, to: 2, 200, clock: 1, vector: [1, 0]);
        run.Receive(2, message, 250, clock: 2, vector: [1, 2]);

        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        VerdictOf.AssertValid(analysis);
        var c = analysis.Clocks!;
        Assert.True(c.Exact);
        Assert.Equal((2L, 1L), (c.PairsCompared, c.HappenedBefore));
        Assert.Equal(
            [
                ("Physical", 1L, 1.0, 2L, 1L, 0.5, 100.0),      // the receive is stamped 150, before its send's 200
                ("Lamport", 0L, 0.0, 1L, 0L, 0.0, double.NaN),  // the concurrent pair has equal clocks
                ("Vector", 0L, 0.0, 1L, 0L, 0.0, double.NaN),
                ("HLC", 0L, 0.0, 2L, 1L, 0.5, 100.0),           // the internal event is 0:0 at true time 100
            ],
            c.Clocks.Select(r => (r.Clock, r.Wrong, r.WrongShare, r.Ordered, r.Invented, r.InventedShare, r.LargestDistanceMs)));
        Assert.Equal((1L, 1L, 1.0), (c.Messages, c.ReceivedBeforeSent, c.ReceivedBeforeSentShare));
        Assert.Equal((100.0, 50.0, 1L), (c.SkewMs, c.HlcLargestAheadMs, c.HlcMaxCounter));
        Assert.Null(c.Sync);
    }
}
