namespace ClockSim.Analysis;

/// <summary>
/// Collects the violations of a run. Only the first <see cref="Kept"/> are kept, so a badly broken
/// million-row run cannot fill memory with messages; all are counted.
/// </summary>
internal sealed class Verdict
{
    public const int Kept = 20;

    private readonly List<Violation> _first = [];
    private readonly HashSet<RuleKind> _broken = [];

    public bool IsValid => Count == 0;

    /// <summary>How many violations were found in all.</summary>
    public long Count { get; private set; }

    /// <summary>The first violations, in the order found.</summary>
    public IReadOnlyList<Violation> First => _first;

    /// <summary>Every rule broken at least once, including those whose violations were not kept.</summary>
    public IReadOnlySet<RuleKind> BrokenRules => _broken;

    public void Add(RuleKind rule, string where, string message)
    {
        Count++;
        _broken.Add(rule);
        if (_first.Count < Kept)
        {
            _first.Add(new Violation(rule, where, message));
        }
    }
}
