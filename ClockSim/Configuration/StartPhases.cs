namespace ClockSim.Configuration;

/// <summary>Where in its first period each machine's ticks start, counted from the run's shared start instant.</summary>
public enum StartPhases
{
    /// <summary>
    /// Each machine's ticks are offset by a phase drawn uniformly from its first period, as for processes started one
    /// after another: ticks of equal or related rates almost never fall at the same instant.
    /// </summary>
    Random,

    /// <summary>Every machine's tick k falls at exactly k / rate after the shared start: equal rates tick together all run long.</summary>
    Aligned,
}
