using ClockSim.Analysis.Rules;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Rules;

/// <summary>One deliberately broken run folder per rule of a single row.</summary>
public sealed class RowRulesTests
{
    [Fact]
    public void Verdict_UntouchedRun_IsValid()
    {
        using var run = TestRunFolder.ValidRun();

        var verdict = VerdictOf.Folder(run.Write());

        Assert.True(verdict.IsValid, string.Join("\n", verdict.First));
    }

    [Fact]
    public void Verdict_TickNumberSkipped_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 3, "Tick", "3"));

        Assert.Contains(RuleKind.TickNumbering, verdict.BrokenRules);
        Assert.Equal("machine-1.csv line 3", verdict.First.First(v => v.Rule == RuleKind.TickNumbering).Where.ToString());
    }

    [Fact]
    public void Verdict_TimeGoingBackwards_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 4, "ElapsedMs", "50"));

        Assert.Contains(RuleKind.TickNumbering, verdict.BrokenRules);
    }

    [Fact]
    public void Verdict_ClockThatDoesNotRise_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run =>
        {
            run.ReplaceField(1, 4, "LogicalClock", "2");
            run.ReplaceField(1, 4, "Jump", "0");
        });

        Assert.Contains(RuleKind.MonotonicClock, verdict.BrokenRules);
    }

    [Fact]
    public void Verdict_JumpNotClockMinusPreviousClock_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 2, "Jump", "2"));

        Assert.Equal([RuleKind.JumpConsistent], verdict.BrokenRules);
    }

    [Fact]
    public void Verdict_FirstRowJumpNotFromZero_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(3, 2, "Jump", "0"));

        Assert.Equal([RuleKind.JumpConsistent], verdict.BrokenRules);
    }

    [Fact]
    public void Verdict_ReceiveNotMaxOfLocalAndCarriedPlusOne_IsViolation()
    {
        // M3 is at 1 and receives clock 4: it must reach 5; 6 (with a matching jump) breaks only the receive rule.
        var verdict = VerdictOf.BrokenValidRun(run =>
        {
            run.ReplaceField(3, 3, "LogicalClock", "6");
            run.ReplaceField(3, 3, "Jump", "5");
        });

        Assert.Contains(RuleKind.ReceiveRule, verdict.BrokenRules);
        Assert.DoesNotContain(RuleKind.MonotonicClock, verdict.BrokenRules);
        Assert.DoesNotContain(RuleKind.JumpConsistent, verdict.BrokenRules);
    }

    [Fact]
    public void Verdict_InternalEventAddingTwo_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run =>
        {
            run.ReplaceField(1, 6, "LogicalClock", "7");
            run.ReplaceField(1, 6, "Jump", "2");
        });

        Assert.Contains(RuleKind.LocalEventRule, verdict.BrokenRules);
        Assert.DoesNotContain(RuleKind.ReceiveRule, verdict.BrokenRules);
    }

    [Fact]
    public void Verdict_SendCarryingAnotherClockThanItsOwn_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 3, "MessageClock", "1"));

        Assert.Contains(RuleKind.ClockCondition, verdict.BrokenRules);
    }

    [Fact]
    public void Verdict_RowInTheWrongMachinesFile_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(2, 2, "Machine", "3"));

        Assert.Contains(RuleKind.RowFormat, verdict.BrokenRules);
    }
}
