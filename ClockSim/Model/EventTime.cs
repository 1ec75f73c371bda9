namespace ClockSim.Model;

/// <summary>When an event happened: the real UTC time, and milliseconds since the run's start instant.</summary>
internal readonly record struct EventTime(DateTimeOffset SystemTime, double ElapsedMs);
