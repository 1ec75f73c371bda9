using ClockSim.Bench;

namespace ClockSim.Tests.Bench;

public sealed class BenchTargetTests
{
    private static readonly BenchTarget WholeRun = BenchTarget.All.Single(t => t.Description.StartsWith("whole default run", StringComparison.Ordinal));

    private static ScenarioResult Result(WholeProcessResult? whole) => new()
    {
        Name = "default-1-3-6", Machines = 3, Rates = "1, 3, 6 /s", ElapsedSeconds = 60, ExpectedTicks = 600, Ticks = 600,
        WorstTickCountError = 0, TicksMissed = 0, TicksLate = 0, LatenessP50Ms = 0.1, LatenessP99Ms = 1, LatenessMaxMs = 2,
        Messages = 180, MessagesPerSecond = 3, LatencyP50Us = 200, LatencyP99Us = 500, LatencyP999Us = 900, CpuPercent = 1.5,
        PeakMemoryMb = 58, GcPauseMs = 0, WholeProcess = whole,
    };

    private static WholeProcessResult Whole(double peakMb) =>
        new() { Command = "run", ExitCode = 0, Started = DateTimeOffset.UnixEpoch, WallSeconds = 62, CpuSeconds = 2.5, PeakMemoryMb = peakMb };

    [Fact]
    public void WholeDefaultRun_IsJudgedOnThePeakMeasuredOutsideTheProcess_NotOnTheRunAlone()
    {
        Assert.True(WholeRun.IsMet(Result(Whole(63.9))));
        Assert.False(WholeRun.IsMet(Result(Whole(64.1))));
        Assert.Equal("64.1 MB", WholeRun.Measured(Result(Whole(64.1))));
    }

    [Fact]
    public void WholeDefaultRun_NotMeasured_IsNotMet()
    {
        Assert.False(WholeRun.IsMet(Result(whole: null)));
    }

    [Fact]
    public void NativeRunStart_IsJudgedOnTheNativeProcess_NotOnTheJitOne()
    {
        var firstTick = BenchTarget.All.Single(t => t.Description.StartsWith("native run started", StringComparison.Ordinal));
        var jitOnly = Result(Whole(60) with { StartMs = 10 });

        Assert.True(firstTick.OfNative);
        Assert.True(firstTick.IsMet(jitOnly with { NativeProcess = Whole(20) with { Build = "native", StartMs = 12 } }));
        Assert.False(firstTick.IsMet(jitOnly with { NativeProcess = Whole(20) with { Build = "native", StartMs = 51 } }));
        Assert.False(firstTick.IsMet(jitOnly));
    }
}
