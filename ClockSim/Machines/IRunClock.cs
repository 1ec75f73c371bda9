namespace ClockSim.Machines;

/// <summary>The run's own clock, as a machine reads it: the time since the run's start at a timestamp of the engine's clock.</summary>
internal interface IRunClock
{
    /// <summary>Milliseconds since the run's start at <paramref name="timestamp"/>: the CSVs' <c>ElapsedMs</c>.</summary>
    double ElapsedMs(long timestamp);

    /// <summary>Whole nanoseconds since the run's start at <paramref name="timestamp"/>: the true time a physical clock reads.</summary>
    long ElapsedNanoseconds(long timestamp);
}
