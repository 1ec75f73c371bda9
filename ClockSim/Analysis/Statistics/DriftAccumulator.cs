using System.Runtime.CompilerServices;

namespace ClockSim.Analysis.Statistics;

/// <summary>
/// Drift, taken as the events come in time order: each machine's clock minus the largest clock of all machines at
/// the same instant, every clock a step function over time (0 before its first event). All events of one instant
/// count before that instant's drift is taken, so two machines ticking at the same instant never show a drift that
/// lasted no time. The largest clock only rises, so while a machine's clock stands still its drift is lowest just
/// before its next event: each event costs a constant amount of work, whatever the number of machines, and the mean
/// is ∫clock − ∫largest clock.
/// Its per-event step is marked for inlining: the build runs without the runtime's profile-guided optimisation
/// (ClockSim.csproj), which would otherwise have found it hot and inlined it itself.
/// </summary>
internal sealed class DriftAccumulator
{
    private readonly long[] _clocks;
    private readonly double[] _since;
    private readonly double[] _area;
    private readonly long[] _lowest;
    private long _lead;
    private double _leadSince;
    private double _leadArea;
    private double _instant = double.NegativeInfinity;
    private long _leadBeforeInstant;

    public DriftAccumulator(int machines)
    {
        _clocks = new long[machines];
        _since = new double[machines];
        _area = new double[machines];
        _lowest = new long[machines];
    }

    /// <summary>Machine <paramref name="machineIndex"/> (from 0) has clock <paramref name="clock"/> from <paramref name="time"/> on; times never go back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int machineIndex, double time, long clock)
    {
        if (time > _instant)
        {
            _instant = time;
            _leadBeforeInstant = _lead;
        }

        var before = _clocks[machineIndex];
        _lowest[machineIndex] = Math.Min(_lowest[machineIndex], before - _leadBeforeInstant);
        _area[machineIndex] += before * (time - _since[machineIndex]);
        _clocks[machineIndex] = clock;
        _since[machineIndex] = time;
        if (clock > _lead)
        {
            _leadArea += _lead * (time - _leadSince);
            _lead = clock;
            _leadSince = time;
        }
    }

    /// <summary>Each machine's drift over [0, <paramref name="horizon"/>], machine i at index i.</summary>
    public IReadOnlyList<DriftSummary> Summaries(double horizon)
    {
        var leadArea = _leadArea + (_lead * Math.Max(0, horizon - _leadSince));
        return [.. _clocks.Select((clock, i) => new DriftSummary(
            horizon > 0 ? (_area[i] + (clock * Math.Max(0, horizon - _since[i])) - leadArea) / horizon : double.NaN,
            Math.Min(_lowest[i], clock - _lead)))];
    }
}
