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

    [Fact]
    public void Verdict_SecondSendOfAMessageEveryRecipientHasReceived_NamesTheFirstSend()
    {
        // M1's send of 1-1 (line 3) is received by M2 at 250 ms; M2's send to all at 350 ms reuses its id.
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(2, 4, "MessageId", "1-1"));

        Assert.Contains("machine-2.csv line 4: message 1-1 was already sent at machine-1.csv line 3 [MessageMatch]", MessageMatches(verdict));
    }

    [Fact]
    public void Verdict_ReceiveOfAMessageEveryRecipientHasReceived_IsASecondReceive()
    {
        // M2's send to all, 2-1, is received by M3 at 400 ms and M1 at 450 ms; M3 receives it again at 600 ms.
        using var run = TestRunFolder.ValidRun();
        run.Receive(3, run.MessageOf("2-1"), 600, clock: 6, vector: [2, 3, 3]);

        var verdict = VerdictOf.Folder(run.Write());

        Assert.Equal(["machine-3.csv line 4: message 2-1 is received a second time by machine 3 [MessageMatch]"], MessageMatches(verdict));
    }

    [Fact]
    public void Verdict_ReceiveByAnotherMachineOfAMessageEveryRecipientHasReceived_NamesTheSend()
    {
        // M1's send of 1-1 to M2 (line 3) is received by M2 at 250 ms; M3 receives it too at 600 ms.
        using var run = TestRunFolder.ValidRun();
        run.Receive(3, run.MessageOf("1-1"), 600, clock: 6, vector: [2, 3, 3]);

        var verdict = VerdictOf.Folder(run.Write());

        Assert.Equal(["machine-3.csv line 4: machine 3 received message 1-1, a Send to '2' (machine-1.csv line 3) [MessageMatch]"], MessageMatches(verdict));
    }

    [Fact]
    public void Verdict_ReceiveByAnotherMachineOfASendToAllEveryRecipientHasReceived_NamesItsRecipients()
    {
        // M2's send to all, 2-1 (line 4), is received by M3 and M1; M2 itself receives it at 600 ms, which its row's rules flag too.
        using var run = TestRunFolder.ValidRun();
        run.Receive(2, run.MessageOf("2-1"), 600, clock: 5, vector: [2, 4, 0]);

        var verdict = VerdictOf.Folder(run.Write());

        Assert.Contains("machine-2.csv line 5: machine 2 received message 2-1, a SendAll to '1;3' (machine-2.csv line 4) [MessageMatch]", MessageMatches(verdict));
    }

    private static string[] MessageMatches(Verdict verdict) => [.. verdict.First.Where(v => v.Rule == RuleKind.MessageMatch).Select(v => v.ToString())];
}
