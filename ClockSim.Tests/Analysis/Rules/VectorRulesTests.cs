using ClockSim.Analysis;
using ClockSim.Analysis.Rules;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Rules;

/// <summary>
/// One deliberately broken vector per rule, in the hand-made valid run (<see cref="TestRunFolder.ValidRun"/>): M1's rows
/// 1;0;0 · 2;0;0 (send) · 3;0;0 · 4;3;0 (receive) · 5;3;0; M2's 0;1;0 · 2;2;0 (receive) · 2;3;0 (send to all); M3's 0;0;1 · 2;3;2.
/// </summary>
public sealed class VectorRulesTests
{
    private static Violation Only(Verdict verdict, RuleKind rule)
    {
        Assert.Equal([rule], verdict.BrokenRules);
        return Assert.Single(verdict.First);
    }

    [Fact]
    public void Verdict_OwnEntryThatIsNotTheTick_NamesFileLineAndRule()
    {
        var verdict = VerdictOf.BrokenValidRun(run =>
        {
            run.ReplaceField(3, 2, "VectorClock", "0;0;2");
            run.ReplaceField(3, 3, "VectorClock", "2;3;3");
        });

        var violations = verdict.First;
        Assert.All(violations, v => Assert.Equal(RuleKind.VectorClockRule, v.Rule));
        Assert.Equal("machine-3.csv line 2: entry 3 of the vector clock is 2, but this is tick 1 [VectorClockRule]", violations[0].ToString());
    }

    [Fact]
    public void Verdict_LocalEventThatChangesAnotherEntry_IsViolation()
    {
        var violation = Only(VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 6, "VectorClock", "5;4;0")), RuleKind.VectorClockRule);

        Assert.Equal("machine-1.csv line 6: a Internal event changed entry 2 of the vector clock from 3 to 4; only a receive may [VectorClockRule]",
            violation.ToString());
    }

    [Fact]
    public void Verdict_ReceiveThatIsNotTheMaximumOfBeforeAndItsSend_NamesTheSend()
    {
        // M1's receive of M2's send to all must take entry 2 from the send's 3; 2 is too low.
        var violation = Only(VerdictOf.BrokenValidRun(run =>
        {
            run.ReplaceField(1, 5, "VectorClock", "4;2;0");
            run.ReplaceField(1, 6, "VectorClock", "5;2;0");
        }), RuleKind.VectorReceiveRule);

        Assert.Equal("machine-1.csv line 5: entry 2 of the vector clock is 2, expected 3: the larger of the row before's 0 and the 3 its send carried "
            + "(machine-2.csv line 4) [VectorReceiveRule]", violation.ToString());
    }

    [Fact]
    public void Verdict_VectorOfTheWrongLength_IsViolation()
    {
        var violation = Only(VerdictOf.BrokenValidRun(run => run.ReplaceField(2, 2, "VectorClock", "0;1")), RuleKind.VectorClockRule);

        Assert.Contains("the vector clock has 2 entries in a run of 3 machines", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_VectorThatIsNotNumbers_IsARowFormatViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(2, 2, "VectorClock", "0;x;0"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Message.Contains("VectorClock is '0;x;0'", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdict_ValidVectors_SayLamportAgreesWithHappenedBefore()
    {
        using var run = TestRunFolder.ValidRun();

        var verdict = VerdictOf.Folder(run.Write());

        Assert.True(verdict.IsValid, string.Join("\n", verdict.First));
        Assert.True(verdict.LamportAgreesWithHappenedBefore);
        Assert.Empty(verdict.NotChecked);
    }

    [Fact]
    public void Analyze_FolderFromBeforeVectorClocks_IsValidWithoutVectorRulesOrCausality()
    {
        using var run = new TestRunFolder(5, 6);
        run.Internal(1, 100, clock: 1);
        var message = run.Send(2, to: 1, 150, clock: 1);
        run.Receive(1, message, 200, clock: 2);

        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        Assert.True(analysis.Verdict.IsValid, string.Join("\n", analysis.Verdict.First));
        Assert.Equal([.. Verdict.VectorRules, .. Verdict.HlcRules], analysis.Verdict.NotChecked);
        Assert.Null(analysis.Verdict.LamportAgreesWithHappenedBefore);
        Assert.Null(analysis.Causality);
        Assert.Null(analysis.Clocks);
        Assert.Equal(RunFolderAnalysis.NoVectorClocks, analysis.ClocksUnavailableBecause);
        Assert.Equal(RunFolderAnalysis.NoVectorClocks, analysis.Verdict.NotCheckedBecause);
    }
}
