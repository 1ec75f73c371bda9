using System.Runtime.CompilerServices;
using ClockSim.Statistics;

namespace ClockSim.Analysis.Statistics;

/// <summary>
/// How often each jump size occurred. Jumps are whole numbers with few distinct values (mostly 1), so a
/// count per value gives exact percentiles without keeping every jump. Small jumps are counted in an array, the
/// rare large ones in a dictionary, so counting one costs an increment.
/// Counting a jump, which a virtual run does on every event, is marked for inlining: the build runs without the runtime's
/// profile-guided optimisation (ClockSim.csproj), which would otherwise have found it hot and inlined it itself.
/// </summary>
internal sealed class JumpCounts
{
    private const int SmallJumps = 64;

    private readonly long[] _small = new long[SmallJumps];
    private readonly Dictionary<long, long> _large = [];
    private double _sum;

    public long Count { get; private set; }

    public long Max { get; private set; } = long.MinValue;

    public double Mean => Count > 0 ? _sum / Count : double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long jump)
    {
        if ((ulong)jump < SmallJumps)
        {
            _small[jump]++;
        }
        else
        {
            _large[jump] = _large.GetValueOrDefault(jump) + 1;
        }

        _sum += jump;
        Count++;
        Max = Math.Max(Max, jump);
    }

    /// <summary>The nearest-rank percentile (see <see cref="NearestRank"/>); NaN when there are no jumps.</summary>
    public double Percentile(double fraction) =>
        NearestRank.TryOfCounts(Ascending(), Count, fraction, out var jump) ? jump : double.NaN;

    /// <summary>
    /// Counts in bins that double in width (1, 2, 3–4, 5–8, …), up to the bin of the largest jump, so a
    /// rare jump of hundreds shows beside thousands of jumps of 1. Jumps below 1 (only in a broken run) go
    /// to the first bin.
    /// </summary>
    public IReadOnlyList<long> Bins()
    {
        if (Count == 0)
        {
            return [];
        }

        var bins = new long[BinOf(Max) + 1];
        foreach (var (value, count) in Ascending())
        {
            bins[BinOf(value)] += count;
        }

        return bins;
    }

    /// <summary>Each jump size that occurred, with its count, smallest first.</summary>
    private IEnumerable<(long Value, long Count)> Ascending() =>
        _large.Where(pair => pair.Key < 0).OrderBy(pair => pair.Key).Select(pair => (pair.Key, pair.Value))
            .Concat(_small.Select((count, value) => ((long)value, count)).Where(pair => pair.count > 0))
            .Concat(_large.Where(pair => pair.Key >= SmallJumps).OrderBy(pair => pair.Key).Select(pair => (pair.Key, pair.Value)));

    /// <summary>The label of bin <paramref name="bin"/> of <see cref="Bins"/>: <c>1</c>, <c>2</c>, <c>3–4</c>, <c>5–8</c>, …</summary>
    public static string BinLabel(int bin) => bin switch
    {
        0 => "1",
        1 => "2",
        _ => FormattableString.Invariant($"{(1L << (bin - 1)) + 1}–{1L << bin}"),
    };

    /// <summary>Bin 0 holds jumps up to 1; bin k holds jumps in (2^(k−1), 2^k].</summary>
    public static int BinOf(long jump) => jump <= 1 ? 0 : 64 - (int)long.LeadingZeroCount(jump - 1);
}
