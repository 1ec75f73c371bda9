using ClockSim.Analysis.Rules;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Analysis.Report;

/// <summary>The verdict in words, the same in the console and in summary.md: which rules were checked and which broke.</summary>
internal static class VerdictText
{
    /// <summary><c>valid</c> or <c>invalid</c>.</summary>
    public static string Word(Verdict verdict) => verdict.IsValid ? "valid" : "invalid";

    /// <summary>
    /// What follows the word: <c>: all 9 rules hold (RowFormat, …).</c>, or
    /// <c>: 3 violations of ReceiveRule (2) and Conservation (1); the other 7 rules hold.</c>
    /// </summary>
    public static string Detail(Verdict verdict)
    {
        var rules = verdict.Checked;
        var skipped = verdict.NotChecked.Count == 0
            ? ""
            : $" Not checked: {List([.. verdict.NotChecked.Select(rule => rule.ToString())])}, because {verdict.NotCheckedBecause}.";
        if (verdict.IsValid)
        {
            var agreement = verdict.LamportAgreesWithHappenedBefore == true
                ? " So Lamport's clock agrees with happened-before on every pair of events."
                : "";
            return $": all {Whole(rules.Count)} rules hold ({string.Join(", ", rules)}).{agreement}{skipped}";
        }

        var broken = verdict.ViolationsByRule.Select(pair => $"{pair.Key} ({Whole(pair.Value)})").ToList();
        var held = rules.Count - broken.Count;
        var which = List(broken);
        var rest = held == 0 ? "every rule broke" : $"the other {Count(held, "rule")} {(held == 1 ? "holds" : "hold")}";
        return $": {Count(verdict.Count, "violation")} of {which}; {rest}.{skipped}";
    }

    /// <summary><c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    private static string List(IReadOnlyList<string> items) => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
