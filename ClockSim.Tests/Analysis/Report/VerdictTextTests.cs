using ClockSim.Analysis.Report;
using ClockSim.Analysis.Rules;
using ClockSim.Recording;

namespace ClockSim.Tests.Analysis.Report;

public sealed class VerdictTextTests
{
    [Fact]
    public void Detail_Valid_NamesEveryRuleChecked() =>
        Assert.Equal(": all 14 rules hold (RowFormat, TickNumbering, MonotonicClock, JumpConsistent, ReceiveRule, LocalEventRule, "
            + "ClockCondition, MessageMatch, Conservation, VectorClockRule, VectorReceiveRule, HlcRule, HlcCausality, HlcBound). So Lamport's clock agrees with happened-before "
            + "on every pair of events.", VerdictText.Detail(new Verdict()));

    [Fact]
    public void Detail_RunWithoutVectors_SaysWhichRulesWereNotCheckedAndWhy()
    {
        var verdict = new Verdict();
        verdict.Skip([.. Verdict.VectorRules, .. Verdict.HlcRules], "the folder is old");

        Assert.Equal(": all 9 rules hold (RowFormat, TickNumbering, MonotonicClock, JumpConsistent, ReceiveRule, LocalEventRule, "
            + "ClockCondition, MessageMatch, Conservation). Not checked: VectorClockRule, VectorReceiveRule, HlcRule, HlcCausality and HlcBound, because the folder is old.",
            VerdictText.Detail(verdict));
    }

    [Fact]
    public void Detail_RunWithoutHybridClocks_SaysTheHlcRulesWereNotChecked()
    {
        var verdict = new Verdict();
        verdict.Skip(Verdict.HlcRules, "the folder is older than the clocks");

        Assert.EndsWith(" VectorReceiveRule). So Lamport's clock agrees with happened-before on every pair of events. "
            + "Not checked: HlcRule, HlcCausality and HlcBound, because the folder is older than the clocks.", VerdictText.Detail(verdict));
    }

    [Fact]
    public void Detail_TwoRulesBroken_NamesThemWithTheirCountsInRuleOrder()
    {
        var verdict = new Verdict();
        verdict.Add(RuleKind.Conservation, new FileLine("run.json"), "a");
        verdict.Add(RuleKind.ReceiveRule, new FileLine("machine-1.csv", 4), "b");
        verdict.Add(RuleKind.ReceiveRule, new FileLine("machine-1.csv", 9), "c");

        Assert.Equal(": 3 violations of ReceiveRule (2) and Conservation (1); the other 12 rules hold.", VerdictText.Detail(verdict));
    }

    [Fact]
    public void Detail_OneRuleBrokenOnce_SaysSoInTheSingular()
    {
        var verdict = new Verdict();
        verdict.Add(RuleKind.JumpConsistent, new FileLine("machine-2.csv", 2), "a");

        Assert.Equal(": 1 violation of JumpConsistent (1); the other 13 rules hold.", VerdictText.Detail(verdict));
    }
}
