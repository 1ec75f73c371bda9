using ClockSim.Analysis.Rules;

namespace ClockSim.Analysis.Report.Json;

/// <summary>The verdict in <c>analysis.json</c>: the rules checked and broken, and the first violations with where they are.</summary>
/// <param name="LamportAgreesWithHappenedBefore">Null when the run has no vector clocks to tell.</param>
internal sealed record VerdictDocument(
    bool Valid,
    long Violations,
    IReadOnlyList<RuleKind> RulesChecked,
    IReadOnlyList<RuleKind> RulesNotChecked,
    string? NotCheckedBecause,
    IReadOnlyDictionary<RuleKind, long> ViolationsByRule,
    IReadOnlyList<ViolationDocument> FirstViolations,
    bool? LamportAgreesWithHappenedBefore);
