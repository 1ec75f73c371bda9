namespace ClockSim.Engines.Virtual;

/// <summary>
/// A machine's ticks on virtual time, in whole nanoseconds: tick k falls at exactly ⌈k / rate⌉ seconds, in
/// integer arithmetic, so a million ticks later there is no rounding error to accumulate. The rate is taken in
/// millionths of a tick per second; tick k is then at ⌈k · 10¹⁵ / R⌉ ns with R = rate · 10⁶, and each step
/// adds the quotient and the remainder of 10¹⁵ / R, carrying as long division does.
/// </summary>
internal struct VirtualTickSchedule
{
    /// <summary>Nanoseconds per second times the rate's resolution (10⁶ steps per tick per second).</summary>
    private const long Numerator = 1_000_000_000_000_000;

    /// <summary>How finely a rate is taken: to a millionth of a tick per second.</summary>
    public const double RateResolution = 1e-6;

    private readonly long _rate;
    private readonly long _stepQuotient;
    private readonly long _stepRemainder;
    private long _quotient;
    private long _remainder;

    public VirtualTickSchedule(double ticksPerSecond)
    {
        _rate = (long)Math.Round(ticksPerSecond / RateResolution);
        if (!double.IsFinite(ticksPerSecond) || _rate < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ticksPerSecond), ticksPerSecond, "A virtual tick rate must be at least a millionth of a tick per second.");
        }

        _stepQuotient = Numerator / _rate;
        _stepRemainder = Numerator % _rate;
    }

    /// <summary>The number of the tick <see cref="Next"/> returned last (0 before the first).</summary>
    public long Tick { get; private set; }

    /// <summary>Advances to the next tick and returns its instant, in nanoseconds since the start.</summary>
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

        return _remainder == 0 ? _quotient : _quotient + 1;
    }
}
