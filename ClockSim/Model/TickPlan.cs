using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// The one definition of when a machine ticks, for both engines, the bench and every figure: tick k (from 1) falls at
/// φ + ⌈k / rate⌉ after the run's shared start, in whole nanoseconds, where φ is the machine's phase (see
/// <see cref="TickPhase"/>). The rate is taken to a millionth of a tick per second, R = rate · 10⁶, so tick k's
/// instant is φ + ⌈k · 10¹⁵ / R⌉ ns in integer arithmetic: a million ticks on there is no rounding error to accumulate.
/// <see cref="Next"/> steps through the ticks by adding the quotient and remainder of 10¹⁵ / R, as long division does.
/// A plan can also be a fixed period in whole nanoseconds (<see cref="Every"/>), such as the rounds of clock
/// synchronisation: tick k then falls at φ + k · period exactly.
/// <see cref="Next"/>, which the virtual engine takes after every tick, is marked for inlining into its loop: the build runs
/// without the runtime's profile-guided optimisation (ClockSim.csproj), which would otherwise have found it hot and inlined it itself.
/// </summary>
internal struct TickPlan
{
    /// <summary>How finely a rate is taken: to a millionth of a tick per second.</summary>
    public const double RateResolution = 1e-6;

    /// <summary>Nanoseconds per second times the rate's resolution (10⁶ steps per tick per second).</summary>
    private const long RateNumerator = TickPhase.NanosecondsPerSecond * 1_000_000;

    /// <summary>Tick k falls ⌈k · numerator / rate⌉ ns after the phase.</summary>
    private readonly long _numerator;
    private readonly long _rate;
    private readonly long _phase;
    private readonly long _stepQuotient;
    private readonly long _stepRemainder;

    /// <summary>The last tick whose instant <see cref="InstantOf"/> works out in 64-bit arithmetic: k · q and k · r both fit.</summary>
    private readonly long _lastTickIn64Bits;
    private long _quotient;
    private long _remainder;

    /// <param name="phaseNanoseconds">φ: the machine's start phase, in nanoseconds after the shared start.</param>
    public TickPlan(double ticksPerSecond, long phaseNanoseconds = 0)
    {
        _rate = double.IsFinite(ticksPerSecond) ? (long)Math.Round(ticksPerSecond / RateResolution) : 0;
        if (_rate < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ticksPerSecond), ticksPerSecond, "A tick rate must be at least a millionth of a tick per second.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(phaseNanoseconds);
        _numerator = RateNumerator;
        _phase = phaseNanoseconds;
        _stepQuotient = _numerator / _rate;
        _stepRemainder = _numerator % _rate;
        _lastTickIn64Bits = LastTickIn64Bits(_stepQuotient, _stepRemainder);
    }

    private TickPlan(long periodNanoseconds, long phaseNanoseconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periodNanoseconds);
        ArgumentOutOfRangeException.ThrowIfNegative(phaseNanoseconds);
        _numerator = periodNanoseconds;
        _rate = 1;
        _phase = phaseNanoseconds;
        _stepQuotient = periodNanoseconds;
        _stepRemainder = 0;
        _lastTickIn64Bits = LastTickIn64Bits(_stepQuotient, _stepRemainder);
    }

    /// <summary>A tick every <paramref name="periodNanoseconds"/> exactly, the first one period after the phase.</summary>
    public static TickPlan Every(long periodNanoseconds, long phaseNanoseconds = 0) => new(periodNanoseconds, phaseNanoseconds);

    /// <summary>The number of the tick <see cref="Next"/> returned last (0 before the first).</summary>
    public long Tick { get; private set; }

    /// <summary>Advances to the next tick and returns its instant, in nanoseconds after the shared start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Next()
    {
        Tick++;
        _quotient += _stepQuotient;
        _remainder += _stepRemainder;
        if (_remainder >= _rate)
        {
            _remainder -= _rate;
            _quotient++;
        }

        return _phase + (_remainder == 0 ? _quotient : _quotient + 1);
    }

    /// <summary>Tick <paramref name="tick"/>'s instant (from 1), in nanoseconds after the shared start.</summary>
    /// <remarks>
    /// ⌈k · numerator / rate⌉ is k · q + ⌈k · r / rate⌉ with q and r the quotient and remainder of numerator / rate, as
    /// <see cref="Next"/> steps; k · r fits 64 bits for any tick a run reaches, and 128-bit arithmetic is kept for the rest.
    /// </remarks>
    public readonly long InstantOf(long tick)
    {
        if (tick >= 0 && tick <= _lastTickIn64Bits)
        {
            var part = tick * _stepRemainder;
            return _phase + tick * _stepQuotient + part / _rate + (part % _rate == 0 ? 0 : 1);
        }

        var scaled = (Int128)tick * _numerator;
        var whole = (long)(scaled / _rate);
        return _phase + (scaled % _rate == 0 ? whole : whole + 1);
    }

    private static long LastTickIn64Bits(long quotient, long remainder) =>
        Math.Min(long.MaxValue / Math.Max(quotient, 1), long.MaxValue / Math.Max(remainder, 1));

    /// <summary>How many ticks fall at or before <paramref name="nanoseconds"/> after the shared start: in a run of that length, its ticks.</summary>
    public readonly long CountBy(long nanoseconds) =>
        nanoseconds < _phase ? 0 : (long)((Int128)(nanoseconds - _phase) * _rate / _numerator);
}
