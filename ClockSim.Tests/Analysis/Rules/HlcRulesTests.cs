using ClockSim.Analysis;
using ClockSim.Analysis.Rules;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Rules;

/// <summary>
/// The hybrid logical clock's rules on hand-made run folders. In <see cref="Offsets"/> machine 1's clock is 50 ms ahead of true
/// time and machine 2's exact. Worked out by hand (true time → reading → HLC): M1 internal at 100 → 150 → 150:0, send to M2 at
/// 200 → 250 → 250:0; M2 internal at 100 → 100 → 100:0, receive at 220 → 220 → max(100, 250, 220) = 250 from the message,
/// so 250:1, internal at 230 → 230 → 250:2, internal at 300 → 300 → 300:0. ε, the largest offset between the clocks, is 50 ms.
/// </summary>
public sealed class HlcRulesTests
{
    private static TestRunFolder Offsets()
    {
        var run = new TestRunFolder(5, 5).WithClocks(50, 0);
        run.Internal(1, 100, clock: 1, vector: [1, 0]);
        run.Internal(2, 100, clock: 1, vector: [0, 1]);
        var message = run.Send(1, to: 2, 200, clock: 2, vector: [2, 0]);
        run.Receive(2, message, 220, clock: 3, vector: [2, 2]);
        run.Internal(2, 230, clock: 4, vector: [2, 3]);
        run.Internal(2, 300, clock: 5, vector: [2, 4]);
        return run;
    }

    [Fact]
    public void HandComputedRun_WritesTheHandComputedCells_AndKeepsEveryRule()
    {
        using var run = Offsets();

        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        Assert.Equal(["150:0", "250:0"], Cells(run, 1, "Hlc"));
        Assert.Equal(["100:0", "250:1", "250:2", "300:0"], Cells(run, 2, "Hlc"));
        Assert.Equal(["150", "250"], Cells(run, 1, "PhysicalMs"));
        VerdictOf.AssertValid(analysis);
        Assert.Empty(analysis.Verdict.NotChecked);
        var clocks = analysis.Clocks!;
        Assert.Equal((50.0, 30.0, 2L), (clocks.SkewMs, clocks.HlcLargestAheadMs, clocks.HlcMaxCounter));
        Assert.Equal(50.001 - 30, clocks.HlcBoundSlackMs, 9);
    }

    [Fact]
    public void HandEditedHlcCell_IsCaughtWithFileLineAndRule()
    {
        using var run = Offsets();
        run.Write();
        run.ReplaceField(2, 4, "Hlc", "250:3");

        var verdict = VerdictOf.Folder(run.Path);

        var violation = Assert.Single(verdict.First, v => v.Rule == RuleKind.HlcRule);
        Assert.Equal(
            "machine-2.csv line 4: the HLC of this Internal event is 250:3, expected 250:2 from the row before's 250:1 and PhysicalMs 230 [HlcRule]",
            violation.ToString());
    }

    [Fact]
    public void ReceiveBelowItsSend_BreaksHlcRuleAndHlcCausality()
    {
        using var run = Offsets();
        run.Write();
        run.ReplaceField(2, 3, "Hlc", "240:0");

        var verdict = VerdictOf.Folder(run.Path);

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.HlcRule && v.Where.ToString() == "machine-2.csv line 3"
            && v.Message.Contains("expected 250:1 from the row before's 100:0, the 250:0 its send carried (machine-1.csv line 3) and PhysicalMs 220", StringComparison.Ordinal));
        Assert.Contains(verdict.First, v => v.Rule == RuleKind.HlcCausality && v.Where.ToString() == "machine-2.csv line 3"
            && v.Message.Contains("the receive's HLC 240:0 is not above the 250:0 of its send", StringComparison.Ordinal));
    }

    [Fact]
    public void HlcFarAheadOfItsClock_BreaksHlcBound()
    {
        using var run = Offsets();
        run.Write();
        run.ReplaceField(2, 5, "Hlc", "400:0");

        var verdict = VerdictOf.Folder(run.Path);

        var bound = Assert.Single(verdict.First, v => v.Rule == RuleKind.HlcBound);
        Assert.Equal("machine-2.csv line 5", bound.Where.ToString());
        Assert.Contains("l is 100 ms ahead of PhysicalMs, more than ε = 50 ms", bound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HlcThatDoesNotRise_BreaksHlcCausality()
    {
        using var run = Offsets();
        run.Write();
        run.ReplaceField(2, 5, "Hlc", "250:1");

        var verdict = VerdictOf.Folder(run.Path);

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.HlcCausality && v.Where.ToString() == "machine-2.csv line 5"
            && v.Message.StartsWith("the HLC went from 250:2 to 250:1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hlc", "250", "Hlc is '250', expected l:c")]
    [InlineData("Hlc", "1e2:0", "Hlc is '1e2:0', expected l:c")]
    [InlineData("PhysicalMs", "230.0000001", "PhysicalMs is '230.0000001', expected milliseconds to the nanosecond at most")]
    public void CellThatIsNotAClock_IsARowFormatViolation(string column, string value, string expected)
    {
        using var run = Offsets();
        run.Write();
        run.ReplaceField(2, 4, column, value);

        var verdict = VerdictOf.Folder(run.Path);

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where.ToString() == "machine-2.csv line 4" && v.Message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void FolderFromBeforeTheClocks_IsValid_WithTheHlcRulesNotCheckedAndSaidPlainly()
    {
        using var run = new TestRunFolder(5, 6);
        run.Internal(1, 100, clock: 1, vector: [1, 0]);
        var message = run.Send(2, to: 1, 150, clock: 1, vector: [0, 1]);
        run.Receive(1, message, 200, clock: 2, vector: [2, 1]);

        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        Assert.DoesNotContain("PhysicalMs", File.ReadLines(run.CsvPath(1)).First(), StringComparison.Ordinal);
        VerdictOf.AssertValid(analysis);
        Assert.Equal(Verdict.HlcRules, analysis.Verdict.NotChecked);
        Assert.Equal(RunFolderAnalysis.NoHybridClocks, analysis.Verdict.NotCheckedBecause);
        Assert.Null(analysis.Clocks);
        Assert.NotNull(analysis.Causality);
    }

    [Fact]
    public void FolderWithTheClocksInSomeFilesOnly_IsARowFormatViolation()
    {
        using var run = Offsets();
        run.Write();
        var lines = File.ReadAllLines(run.CsvPath(1)).Select(line =>
        {
            var fields = line.Split(',');
            return string.Join(',', [.. fields[..^3], fields[^1]]);
        });
        File.WriteAllLines(run.CsvPath(1), lines);

        var verdict = VerdictOf.Folder(run.Path);

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where.ToString() == "machine-1.csv line 1"
            && v.Message.Contains("no PhysicalMs and Hlc columns", StringComparison.Ordinal));
    }

    [Fact]
    public void SyncCsvThatDisagreesWithRunJson_BreaksConservation()
    {
        using var run = Offsets();
        run.Write(manifest => manifest with { Machines = [manifest.Machines[0], manifest.Machines[1] with { SyncAdjustments = 2 }] });
        File.WriteAllLines(Path.Combine(run.Path, SyncCsv.FileName),
            ["Machine,ElapsedMs,BeforeMs,AfterMs,StepMs,RoundTripMs", "2,150,150,149,-1,0.2", "1,160,160,160,0,0.2"]);

        var verdict = VerdictOf.Folder(run.Path);

        Assert.Equal(
            [
                "sync.csv line 3: machine 1 is corrected, but only machines 2 to 2 ask the time server, machine 1 [Conservation]",
                "run.json: machine 1 has syncAdjustments 0, but sync.csv holds 1 of its corrections [Conservation]",
                "run.json: machine 2 has syncAdjustments 2, but sync.csv holds 1 of its corrections [Conservation]",
            ],
            verdict.First.Select(v => v.ToString()));
    }

    [Fact]
    public void SyncCsvWithoutAColumn_BreaksConservationOnItsHeader_AndCountsNoCorrection()
    {
        using var run = Offsets();
        run.Write(manifest => manifest with { Machines = [manifest.Machines[0], manifest.Machines[1] with { SyncAdjustments = 1 }] });
        File.WriteAllLines(Path.Combine(run.Path, SyncCsv.FileName), ["Machine,ElapsedMs,BeforeMs,AfterMs,RoundTripMs", "2,150,150,149,0.2"]);

        var verdict = VerdictOf.Folder(run.Path);

        Assert.Equal(
            [
                "sync.csv line 1: the header has no StepMs column (it is 'Machine,ElapsedMs,BeforeMs,AfterMs,RoundTripMs') [Conservation]",
                "run.json: machine 2 has syncAdjustments 1, but sync.csv holds 0 of its corrections [Conservation]",
            ],
            verdict.First.Select(v => v.ToString()));
    }

    [Fact]
    public void CorrectionsCountedWithoutSyncCsv_BreakConservation()
    {
        using var run = Offsets();
        run.Write(manifest => manifest with { Machines = [manifest.Machines[0], manifest.Machines[1] with { SyncAdjustments = 3 }] });

        var verdict = VerdictOf.Folder(run.Path);

        Assert.Equal("run.json: run.json counts 3 corrections of the clocks, but the folder has no sync.csv [Conservation]", Assert.Single(verdict.First).ToString());
    }

    private static string[] Cells(TestRunFolder run, int machine, string column)
    {
        var lines = File.ReadAllLines(run.CsvPath(machine));
        var index = Array.IndexOf(lines[0].Split(','), column);
        return [.. lines.Skip(1).Select(line => line.Split(',')[index])];
    }
}
