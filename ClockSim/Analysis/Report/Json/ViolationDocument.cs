using ClockSim.Analysis.Rules;

namespace ClockSim.Analysis.Report.Json;

/// <summary>One violation: the rule, the file, the line (0 when the file as a whole is meant) and what was found.</summary>
internal sealed record ViolationDocument(RuleKind Rule, string File, int Line, string Message);
