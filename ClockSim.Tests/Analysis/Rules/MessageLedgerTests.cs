using ClockSim.Analysis.Rules;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Rules;

/// <summary>One deliberately broken run folder per rule that joins a receive to its send.</summary>
public sealed class MessageLedgerTests
{
    [Fact]
    public void Verdict_ReceiveClockNotAboveSend_IsViolation()
    {
        // M3's receive of 2-1 (sent at clock 4) claims it carried 2 and reaches max(1, 2) + 1 = 3: the receive
        // rule holds on the row, but 3 is not above the send's 4.
        var verdict = VerdictOf.BrokenValidRun(run =>
        {
            run.ReplaceField(3, 3, "MessageClock", "2");
            run.ReplaceField(3, 3, "LogicalClock", "3");
            run.ReplaceField(3, 3, "Jump", "2");
        });

        Assert.Contains(RuleKind.ClockCondition, verdict.BrokenRules);
        Assert.DoesNotContain(RuleKind.ReceiveRule, verdict.BrokenRules);
        Assert.Contains(verdict.First, v => v.Message.Contains("not above its send's 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdict_ReceiveCarryingAnotherClockThanItsSend_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run =>
        {
            run.ReplaceField(2, 3, "MessageClock", "1");
            run.ReplaceField(2, 3, "LogicalClock", "2");
            run.ReplaceField(2, 3, "Jump", "1");
            run.ReplaceField(2, 4, "LogicalClock", "3");
            run.ReplaceField(2, 4, "MessageClock", "3");
        });

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.ClockCondition && v.Message.Contains("but the send carried 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdict_ReceiveAtTheInstantOfItsSend_OnAnEarlierMachine_IsJoined()
    {
        // The analysis reads the machines' rows in time order, the lower machine first at one instant: M1's receive comes
        // before M2's send of it, waits, and is joined once the send is read.
        using var run = new TestRunFolder(5, 6, 1).WithClocks(0, 0, 0);
        run.Internal(1, 100, clock: 1, vector: [1, 0, 0]);
        var toOne = run.Send(2, to: 1, 200, clock: 1, vector: [0, 1, 0]);
        run.Receive(1, toOne, 200, clock: 2, vector: [2, 1, 0]);

        var verdict = VerdictOf.Folder(run.Write());

        Assert.True(verdict.IsValid, string.Join("\n", verdict.First));
    }

    [Fact]
    public void Verdict_ReceiveWithoutASend_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 5, "MessageId", "2-9"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.MessageMatch && v.Where.ToString() == "machine-1.csv line 5");
    }

    [Fact]
    public void Verdict_SendReceivedByAMachineItWasNotAddressedTo_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 3, "Peer", "3"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.MessageMatch && v.Where.ToString() == "machine-2.csv line 3");
    }

    [Fact]
    public void Verdict_MessageReceivedTwiceByOneMachine_IsViolation()
    {
        using var run = TestRunFolder.ValidRun();
        run.Receive(3, run.MessageOf("2-1"), 600, clock: 6, vector: [2, 3, 3]);

        var verdict = VerdictOf.Folder(run.Write());

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.MessageMatch && v.Message.Contains("second time", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdict_TwoSendsWithOneMessageId_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(2, 4, "MessageId", "1-1"));

        Assert.Contains(RuleKind.MessageMatch, verdict.BrokenRules);
        Assert.Contains(verdict.First, v => v.Message.Contains("already sent", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdict_ReceiveFromAPeerOtherThanTheSender_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(3, 3, "Peer", "1"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.MessageMatch && v.Where.ToString() == "machine-3.csv line 3");
    }
}
