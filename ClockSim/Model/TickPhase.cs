namespace ClockSim.Model;

/// <summary>
/// Where a machine's ticks start: with a phase φ, its tick k falls at φ + k / rate after the run's shared start. A
/// random phase is drawn uniformly from the machine's first period, [0, 1 / rate), in whole nanoseconds, from a stream
/// of its own (<see cref="RandomStream.TickPhases"/>), so turning phases on or off changes no action or peer a machine draws.
/// </summary>
internal static class TickPhase
{
    /// <summary>Nanoseconds in a second: the unit of a phase.</summary>
    public const long NanosecondsPerSecond = 1_000_000_000;

    /// <summary>
    /// The longest phase, 2⁵² ns (about 52 days): longer than any run, so a machine slow enough to draw more than this
    /// (under one tick in 52 days) does not tick in any run, as it would not with its exact phase.
    /// </summary>
    public const long MaxNanoseconds = 1L << 52;

    /// <summary>A duration in whole nanoseconds, the unit of the tick plan and of virtual time.</summary>
    public static long NanosecondsIn(TimeSpan duration) => duration.Ticks * (NanosecondsPerSecond / TimeSpan.TicksPerSecond);

    /// <summary>A phase in milliseconds, as run.json and the CSVs' <c>ElapsedMs</c> count time.</summary>
    public static double Milliseconds(long nanoseconds) => nanoseconds / 1e6;

    /// <summary>Machine <paramref name="machineId"/>'s phase in run <paramref name="runSeed"/>, in whole nanoseconds in [0, 1 / rate).</summary>
    public static long Draw(int runSeed, int machineId, double ticksPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticksPerSecond);
        var periodNanoseconds = NanosecondsPerSecond / ticksPerSecond;
        var random = SeededRandom.ForStream(runSeed, RandomStream.TickPhases, machineId);
        return (long)Math.Floor(Math.Min(random.NextDouble() * periodNanoseconds, MaxNanoseconds));
    }
}
