using ClockSim.Analysis;
using ClockSim.Analysis.Reading;
using ClockSim.Analysis.Rules;
using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis;

/// <summary>Small hand-made runs whose figures are worked out by hand.</summary>
public sealed class RunFolderAnalysisTests
{
    [Fact]
    public void Analyze_ReceiveOfAClockFourAhead_RecordsAJumpOfFiveAtThatRow()
    {
        using var run = new TestRunFolder(5, 10);
        for (var tick = 1; tick <= 3; tick++)
        {
            run.Internal(1, tick * 100, clock: tick);
        }

        for (var tick = 1; tick <= 6; tick++)
        {
            run.Internal(2, tick * 100, clock: tick);
        }

        var message = run.Send(2, 1, 700, clock: 7);
        run.Receive(1, message, 800, clock: 8);

        var jumps = Analyze(run).Machines[0].Jumps;

        // M1 is at 3 and the message carries 7: max(3, 7) + 1 = 8, a jump of 5 on tick 4, line 5.
        Assert.Equal(5, jumps.Max);
        Assert.Equal(4, jumps.MaxAtTick);
        Assert.Equal(5, jumps.MaxAtLine);
        Assert.Equal(2, jumps.Mean, 12);
        Assert.Equal(1, jumps.P50);
        Assert.Equal(5, jumps.P95);
        Assert.Equal([3L, 0, 0, 1], jumps.Bins);
    }

    [Fact]
    public void Analyze_QueueGrowingByOneEachSecond_MeasuresAGrowthOfOneMessagePerSecond()
    {
        using var run = new TestRunFolder(1, 1);
        for (var second = 1; second <= 4; second++)
        {
            run.Internal(1, second * 1000, clock: second, queue: second);
        }

        run.Internal(2, 4000, clock: 1);

        var queue = Analyze(run).Machines[0].Queue;

        Assert.Equal(1, queue.GrowthPerSecond, 12);
        Assert.Equal(2.5, queue.MeanOverTicks, 12);
        Assert.Equal(1.5, queue.TimeWeightedMean, 12);
        Assert.Equal(4, queue.Max);
        Assert.Equal(4, queue.Final);
    }

    [Fact]
    public void Analyze_MachineOneTickBehindItsPeer_HasAKnownDrift()
    {
        using var run = new TestRunFolder(1, 1);
        for (var second = 1; second <= 4; second++)
        {
            run.Internal(1, second * 1000, clock: second);
        }

        run.Internal(2, 4000, clock: 1);

        var analysis = Analyze(run);

        // M2 stays at 0 while M1 counts 1, 2, 3 over a second each; at 4 s M1 is at 4 and M2 at 1.
        Assert.Equal(-1.5, analysis.Machines[1].Drift.Mean, 12);
        Assert.Equal(-3, analysis.Machines[1].Drift.Lowest);
        Assert.Equal(0, analysis.Machines[0].Drift.Lowest);
        Assert.Equal(3, analysis.FinalClockGap);
    }

    [Fact]
    public void Analyze_ClockRisingTwoUnitsEachSecond_HasAClockRateOfTwo()
    {
        using var run = new TestRunFolder(2, 1);
        for (var tick = 1; tick <= 8; tick++)
        {
            run.Internal(1, tick * 500, clock: tick);
        }

        run.Internal(2, 1000, clock: 1);

        Assert.Equal(2, Analyze(run).Machines[0].ClockRate, 12);
    }

    [Fact]
    public void Analyze_MessageTakenTwoReceiverTicksAfterItsSend_HasADelayOfTwoTicks()
    {
        using var run = new TestRunFolder(10, 10);
        run.Internal(1, 100, clock: 1);
        var message = run.Send(2, 1, 150, clock: 1);
        run.Internal(1, 200, clock: 2);
        run.Receive(1, message, 300, clock: 3);

        var machine = Analyze(run).Machines[0];

        Assert.Equal(1, machine.DelayMs.Count);
        Assert.Equal(150, machine.DelayMs.Mean, 12);
        Assert.Equal(2, machine.DelayTicks.Max);
    }

    [Fact]
    public void Analyze_TwoMessagesToAMachineOverTwoSeconds_MeasuresAnArrivalRateOfOnePerSecond()
    {
        using var run = new TestRunFolder(1, 1);
        var first = run.Send(2, 1, 1000, clock: 1);
        run.Receive(1, first, 1000.5, clock: 2);
        var second = run.Send(2, 1, 1500, clock: 2);
        run.Receive(1, second, 2000, clock: 3);

        var machine = Analyze(run).Machines[0];

        Assert.Equal(1, machine.ArrivalRate, 12);
        Assert.Equal(1, machine.ReceivingShare);
    }

    [Fact]
    public void Analyze_ValidRun_CountsWhatEachCsvHolds()
    {
        using var run = TestRunFolder.ValidRun();

        var counts = Analyze(run).Machines.Select(m => m.Counts);

        // Worked out from the rows of ValidRun; a send to all from M2 is two messages.
        Assert.Equal(
        [
            new MachineCounts(1, Ticks: 5, Receives: 1, Sends: 1, SendAlls: 0, Internals: 3, MessagesSent: 1, FinalClock: 6, MaxJump: 2, MaxQueue: 0),
            new MachineCounts(2, Ticks: 3, Receives: 1, Sends: 0, SendAlls: 1, Internals: 1, MessagesSent: 2, FinalClock: 4, MaxJump: 2, MaxQueue: 0),
            new MachineCounts(3, Ticks: 2, Receives: 1, Sends: 0, SendAlls: 0, Internals: 1, MessagesSent: 0, FinalClock: 5, MaxJump: 4, MaxQueue: 0),
        ], counts);
    }

    [Fact]
    public void Analyze_FolderThatDoesNotExist_IsARunFolderError() =>
        Assert.Throws<RunFolderException>(() => RunFolderAnalysis.Analyze(Path.Combine(Path.GetTempPath(), "no-such-run-" + Guid.NewGuid()), default));

    [Fact]
    public void Analyze_FolderWithoutRunJson_IsARunFolderError()
    {
        using var run = new TestRunFolder(1, 1);

        Assert.Throws<RunFolderException>(() => RunFolderAnalysis.Analyze(run.Path, default));
    }

    [Theory]
    [InlineData("weights", "records settings no run can have: Simulation:Weights:SendToOne is -1; a weight must be a number from 0 to 1e9.")]
    [InlineData("loss", "records settings no run can have: Simulation:Network:LossRate is 2; a loss rate must be from 0 up to (not including) 1.")]
    [InlineData("rate", "must list 2 to 1000 machines with ids 1, 2, … in order and tick rates from 0.001 to 10000.")]
    [InlineData("elapsed", "records an elapsedSeconds of 1E+300, which no run can last.")]
    public void Analyze_RunJsonEditedToWhatNoRunCanHave_IsARunFolderError(string edit, string expected)
    {
        using var run = TestRunFolder.ValidRun();
        run.Write(manifest => edit switch
        {
            "weights" => manifest with { Options = Edited(manifest.Options, o => o.Weights.SendToOne = -1) },
            "loss" => manifest with { Options = Edited(manifest.Options, o => o.Network.LossRate = 2) },
            "rate" => manifest with { Machines = [manifest.Machines[0] with { TickRate = 1e308 }, .. manifest.Machines.Skip(1)] },
            _ => manifest with { ElapsedSeconds = 1e300 },
        });

        var error = Assert.Throws<RunFolderException>(() => RunFolderAnalysis.Analyze(run.Path, default));

        Assert.EndsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"weights\": {", "\"weights\": null, \"x\": {", "cannot be read: The property or field 'weights' on type 'ClockSim.Configuration.SimulationOptions' doesn't allow setting null values. Path: $.options.weights")]
    [InlineData("\"links\": []", "\"links\": [null]", "cannot be read: $.options.network.links[0] is null.")]
    [InlineData("\"machines\": [", "\"machines\": [null, ", "must list 2 to 1000 machines with ids 1, 2, … in order and tick rates from 0.001 to 10000.")]
    public void Analyze_RunJsonWithANullWhereAValueBelongs_IsARunFolderError(string from, string to, string expected)
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        var path = Path.Combine(run.Path, RunManifestJson.FileName);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));

        var error = Assert.Throws<RunFolderException>(() => RunFolderAnalysis.Analyze(run.Path, default));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("annotation", error.Message, StringComparison.Ordinal);
    }

    private static SimulationOptions Edited(SimulationOptions options, Action<SimulationOptions> edit)
    {
        var copy = OptionsCopy.Of(options);
        edit(copy);
        return copy;
    }

    [Fact]
    public void Analyze_CsvMissing_IsARunFolderError()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        File.Delete(run.CsvPath(2));

        Assert.Throws<RunFolderException>(() => RunFolderAnalysis.Analyze(run.Path, default));
    }

    [Fact]
    public void Analyze_LastLineCut_DrawsTheChartsAndTheQueueAsWithoutIt()
    {
        using var run = TestRunFolder.ValidRun();
        var whole = Analyze(run);
        File.AppendAllText(run.CsvPath(1), "1,7,2000-01-01T00:00:00.6");

        // The cut line's end tells no time, so the analysis takes the charts' series again once it knows the horizon.
        var cut = RunFolderAnalysis.Analyze(run.Path, default);

        Assert.Contains(RuleKind.RowFormat, cut.Verdict.BrokenRules);
        Assert.Equal(whole.DurationSeconds, cut.DurationSeconds);
        Assert.Equal(whole.Charts.GridMs, cut.Charts.GridMs);
        Assert.Equal(whole.Charts.Clocks, cut.Charts.Clocks);
        Assert.Equal(whole.Charts.Queues, cut.Charts.Queues);
        Assert.Equal(whole.Machines.Select(m => m.Queue.TimeWeightedMean), cut.Machines.Select(m => m.Queue.TimeWeightedMean));
    }

    private static RunAnalysis Analyze(TestRunFolder run) => RunFolderAnalysis.Analyze(run.Write(), default);
}
