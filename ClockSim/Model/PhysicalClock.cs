using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// A machine's own clock: at true time t (since the run's start) it reads C(t) = t + offset + drift · t + correction,
/// cut down to a whole multiple of its resolution, in nanoseconds. Its offset and drift are drawn from a random stream
/// of their own (<see cref="RandomStream.PhysicalClocks"/>), so switching them on changes no action a machine draws;
/// the correction is what synchronisation sets, and may move the clock backwards. Readings may be negative.
/// Its per-event steps are marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class PhysicalClock
{
    private readonly double _drift;
    private readonly long _resolutionNs;
    private long _correctionNs;

    public PhysicalClock(long offsetNs, double driftPpm, long resolutionNs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolutionNs);
        OffsetNs = offsetNs;
        DriftPpm = driftPpm;
        _drift = driftPpm / 1e6;
        _resolutionNs = resolutionNs;
    }

    /// <summary>How far the clock was set from true time at the start, in nanoseconds.</summary>
    public long OffsetNs { get; }

    /// <summary>How fast it runs against true time: +100 gains 100 µs a second.</summary>
    public double DriftPpm { get; }

    /// <summary>Machine <paramref name="machineId"/>'s clock in run <paramref name="runSeed"/>: its offset, then its drift, drawn uniformly from ± their maxima.</summary>
    public static PhysicalClock Draw(int runSeed, int machineId, PhysicalClockSpread spread)
    {
        var random = SeededRandom.ForStream(runSeed, RandomStream.PhysicalClocks, machineId);
        var offset = ((random.NextDouble() * 2) - 1) * spread.MaxOffsetMs;
        var drift = ((random.NextDouble() * 2) - 1) * spread.MaxDriftPpm;
        return new PhysicalClock(ClockReading.Nanoseconds(offset), drift, ClockReading.Nanoseconds(spread.ResolutionMs));
    }

    /// <summary>The reading at true time <paramref name="trueNs"/>. Safe beside <see cref="SetTo"/> on another thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Read(long trueNs)
    {
        var raw = Uncorrected(trueNs) + Volatile.Read(ref _correctionNs);
        var remainder = raw % _resolutionNs;
        return raw - (remainder < 0 ? remainder + _resolutionNs : remainder);
    }

    /// <summary>Sets the clock so that at true time <paramref name="trueNs"/> it reads <paramref name="readingNs"/>; returns the reading it then shows.</summary>
    public long SetTo(long trueNs, long readingNs)
    {
        Volatile.Write(ref _correctionNs, readingNs - Uncorrected(trueNs));
        return Read(trueNs);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Uncorrected(long trueNs) => trueNs + OffsetNs + (_drift == 0 ? 0 : (long)Math.Round(_drift * trueNs));
}
