using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>One broken rule: which, where (<c>machine-3.csv line 5</c> or <c>run.json</c>), and what was found.</summary>
internal sealed record Violation(RuleKind Rule, FileLine Where, string Message)
{
    public override string ToString() => $"{Where}: {Message} [{Rule}]";
}
