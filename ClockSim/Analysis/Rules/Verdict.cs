using ClockSim.Recording;

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
    private readonly SortedSet<RuleKind> _notChecked = [];

    /// <summary>Every rule the verdict knows, in the order they are reported.</summary>
    public static IReadOnlyList<RuleKind> Rules { get; } = Enum.GetValues<RuleKind>();

    /// <summary>The vector clock rules, which a run folder written before vector clocks cannot be held to.</summary>
    public static IReadOnlyList<RuleKind> VectorRules { get; } = [RuleKind.VectorClockRule, RuleKind.VectorReceiveRule];

    /// <summary>The hybrid logical clock rules, which a run folder written before physical and hybrid clocks cannot be held to.</summary>
    public static IReadOnlyList<RuleKind> HlcRules { get; } = [RuleKind.HlcRule, RuleKind.HlcCausality, RuleKind.HlcBound];

    /// <summary>The rules this run was held to: all of <see cref="Rules"/> but those <see cref="NotChecked"/>.</summary>
    public IReadOnlyList<RuleKind> Checked => [.. Rules.Where(rule => !_notChecked.Contains(rule))];

    /// <summary>Rules this run could not be held to, with <see cref="NotCheckedBecause"/> saying why.</summary>
    public IReadOnlyCollection<RuleKind> NotChecked => _notChecked;

    public string? NotCheckedBecause { get; private set; }

    /// <summary>
    /// Whether Lamport's clock agrees with happened-before on every pair of events: VC(a) &lt; VC(b) ⇒ L(a) &lt; L(b).
    /// It follows, by induction along any chain of events and messages, from the clock rising on every event, every
    /// receive's clock exceeding its send's, and the vector rules; so it is known exactly without comparing pairs.
    /// </summary>
    public bool? LamportAgreesWithHappenedBefore =>
        _notChecked.Overlaps(VectorRules) ? null
        : !_byRule.ContainsKey(RuleKind.MonotonicClock) && !_byRule.ContainsKey(RuleKind.ClockCondition)
          && !_byRule.ContainsKey(RuleKind.RowFormat) && !VectorRules.Any(_byRule.ContainsKey);

    public bool IsValid => Count == 0;

    /// <summary>How many violations were found in all.</summary>
    public long Count { get; private set; }

    /// <summary>The first violations, in the order found.</summary>
    public IReadOnlyList<Violation> First => _first;

    /// <summary>How many times each broken rule was broken, in the order of <see cref="Rules"/>; a rule that held is absent.</summary>
    public IReadOnlyDictionary<RuleKind, long> ViolationsByRule => _byRule;

    /// <summary>Every rule broken at least once, including those whose violations were not kept.</summary>
    public IReadOnlyCollection<RuleKind> BrokenRules => _byRule.Keys;

    /// <summary>Records that <paramref name="rules"/> cannot be checked on this run, and why.</summary>
    public void Skip(IEnumerable<RuleKind> rules, string because)
    {
        _notChecked.UnionWith(rules);
        NotCheckedBecause = because;
    }

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
