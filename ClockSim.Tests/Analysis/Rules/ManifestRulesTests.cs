using ClockSim.Analysis.Rules;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Rules;

/// <summary>Broken run.json files: the messages must add up and each machine's counts must match its CSV.</summary>
public sealed class ManifestRulesTests
{
    [Fact]
    public void Verdict_MessagesThatDoNotAddUp_IsViolation()
    {
        using var run = TestRunFolder.ValidRun();

        var verdict = VerdictOf.Folder(run.Write(manifest => manifest with { InFlight = 3 }));

        Assert.Equal([RuleKind.Conservation], verdict.BrokenRules);
        Assert.Equal("run.json", verdict.First[0].Where.ToString());
    }

    [Fact]
    public void Verdict_ManifestTickCountDifferentFromTheCsv_IsViolation()
    {
        using var run = TestRunFolder.ValidRun();

        var verdict = VerdictOf.Folder(run.Write(manifest => manifest with
        {
            Machines = [.. manifest.Machines.Select(m => m.Id == 2 ? m with { Ticks = m.Ticks + 1 } : m)],
        }));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.Conservation && v.Message == "machine 2 has ticks 4, but its CSV gives 3");
    }

    [Fact]
    public void Verdict_LeftInQueueThatMakesTheTotalsDisagree_IsViolation()
    {
        using var run = TestRunFolder.ValidRun();

        var verdict = VerdictOf.Folder(run.Write(manifest => manifest with
        {
            Machines = [.. manifest.Machines.Select(m => m.Id == 1 ? m with { LeftInQueue = 1 } : m)],
        }));

        Assert.Contains(RuleKind.Conservation, verdict.BrokenRules);
    }
}
