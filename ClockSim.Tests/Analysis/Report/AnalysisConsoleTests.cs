using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Report;

public sealed class AnalysisConsoleTests
{
    [Fact]
    public void Write_EightyColumns_EveryTableFitsWithEveryColumnWhole()
    {
        // Wide labels and six-figure counts: the widest cells a default-sized mesh gives.
        using var run = new TestRunFolder(10000, 10000, 1);
        run.Internal(1, 100, clock: 999_999);
        run.Internal(2, 100, clock: 1);
        run.Internal(3, 150, clock: 1);
        var console = new TestConsole(TestConsole.Narrow);

        AnalysisConsole.Write(console.Console, RunFolderAnalysis.Analyze(run.Write(), default), "summary.md");

        console.AssertFits();
        Assert.Contains("M1 (10000 ticks/s)", console.Output, StringComparison.Ordinal);
        Assert.Contains("999999", console.Output, StringComparison.Ordinal);
        foreach (var header in new[] { "Clock rate", "predicted", "Drift", "lowest", "growth /s", "Delay" })
        {
            Assert.Contains(header, console.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_MachineBehindTheLeader_ShowsItsDriftBelowZero()
    {
        using var run = new TestRunFolder(1, 1);
        run.Internal(1, 1000, clock: 1);
        run.Internal(1, 2000, clock: 2);
        run.Internal(2, 2000, clock: 1);
        var console = new TestConsole();

        AnalysisConsole.Write(console.Console, RunFolderAnalysis.Analyze(run.Write(), default), "summary.md");

        // M2 is 1 behind from 1 s to 2 s of a 2 s run: a mean drift of −0.5 and a lowest of −1.
        Assert.Matches(@"M2 \(1 tick/s\) │\s+-0\.5 │\s+-1 │", console.Output);
    }

    [Fact]
    public void Write_ValidRun_ListsTheRulesChecked()
    {
        using var run = TestRunFolder.ValidRun();
        var console = new TestConsole();

        AnalysisConsole.Write(console.Console, RunFolderAnalysis.Analyze(run.Write(), default), "summary.md");

        Assert.Contains("Verdict: valid: all 14 rules hold (RowFormat, TickNumbering, MonotonicClock, JumpConsistent, ReceiveRule, "
            + "LocalEventRule, ClockCondition, MessageMatch, Conservation, VectorClockRule, VectorReceiveRule, HlcRule, HlcCausality, HlcBound). So Lamport's clock agrees "
            + "with happened-before on every pair of events.", System.Text.RegularExpressions.Regex.Replace(console.Output, @"\s+", " "), StringComparison.Ordinal);
    }
}
