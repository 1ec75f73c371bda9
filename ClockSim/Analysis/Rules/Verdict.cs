using ClockSim.Analysis.Reading;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// Collects the violations of a run. Every rule of <see cref="RuleKind"/> is checked on every run; each violation is
/// counted under its rule, and only the first <see cref="Kept"/> are kept, so a badly broken million-row run cannot
/// fill memory with messages.
/// </summary>
internal sealed class Verdict
{
    public const int Kept = 20;

    private readonly List<Violation> _first = [];
    private readonly SortedDictionary<RuleKind, long> _byRule = [];

    /// <summary>Every rule the verdict checks, in the order they are reported.</summary>
    public static IReadOnlyList<RuleKind> Rules { get; } = Enum.GetValues<RuleKind>();

    public bool IsValid => Count == 0;

    /// <summary>How many violations were found in all.</summary>
    public long Count { get; private set; }

    /// <summary>The first violations, in the order found.</summary>
    public IReadOnlyList<Violation> First => _first;

    /// <summary>How many times each broken rule was broken, in the order of <see cref="Rules"/>; a rule that held is absent.</summary>
    public IReadOnlyDictionary<RuleKind, long> ViolationsByRule => _byRule;

    /// <summary>Every rule broken at least once, including those whose violations were not kept.</summary>
    public IReadOnlyCollection<RuleKind> BrokenRules => _byRule.Keys;

    public void Add(RuleKind rule, FileLine where, string message)
    {
        Count++;
        _byRule[rule] = _byRule.GetValueOrDefault(rule) + 1;
        if (_first.Count < Kept)
        {
            _first.Add(new Violation(rule, where, message));
        }
    }
}
