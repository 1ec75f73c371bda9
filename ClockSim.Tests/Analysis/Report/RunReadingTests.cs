using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Report;

public sealed class RunReadingTests
{
    [Fact]
    public void Sentences_QueueGrowingByOneEachSecond_SayTheMachineCannotKeepUp()
    {
        using var run = new TestRunFolder(1, 1);
        for (var second = 1; second <= 4; second++)
        {
            run.Internal(1, second * 1000, clock: second, queue: second);
            run.Internal(2, second * 1000, clock: second);
        }

        var sentences = RunReading.Sentences(RunFolderAnalysis.Analyze(run.Write(), default));

        Assert.Contains(sentences, s => s.StartsWith("M1 (1 tick/s) cannot keep up: its queue grew by 1 msg/s", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("M2 (1 tick/s) keeps up", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_ReceiveThatJumpsTheClock_NameTheLargestJumpAndWhereItIs()
    {
        using var run = TestRunFolder.ValidRun();

        var sentences = RunReading.Sentences(RunFolderAnalysis.Analyze(run.Write(), default));

        Assert.Contains("The largest jump was 4, by M3 (1 tick/s) at tick 2 (machine-3.csv line 3): a message carried a clock that far ahead of its own.", sentences);
    }
}
