using ClockSim.Model;
using static System.FormattableString;

namespace ClockSim.Configuration;

/// <summary>
/// The rules of <c>Simulation:Clocks</c>, each failure one sentence naming the key: offsets and drifts from 0 to their
/// limits, a resolution of whole nanoseconds, a synchronisation interval within the longest run.
/// </summary>
internal static class ClockOptionsRules
{
    private const string Physical = "Simulation:Clocks:Physical";
    private const string Sync = "Simulation:Clocks:Sync";

    public static void Validate(ClockOptions clocks, List<string> failures)
    {
        var physical = clocks.Physical;
        if (!(physical.MaxOffsetMs >= 0 && physical.MaxOffsetMs <= PhysicalClockOptions.MaxOffsetLimitMs))
        {
            failures.Add(Invariant($"{Physical}:MaxOffsetMs is {physical.MaxOffsetMs}; it must be a number of milliseconds from 0 to {PhysicalClockOptions.MaxOffsetLimitMs}."));
        }

        if (!(physical.MaxDriftPpm >= 0 && physical.MaxDriftPpm <= PhysicalClockOptions.MaxDriftLimitPpm))
        {
            failures.Add(Invariant($"{Physical}:MaxDriftPpm is {physical.MaxDriftPpm}; it must be a number of parts per million from 0 to {PhysicalClockOptions.MaxDriftLimitPpm}."));
        }

        var resolution = physical.ResolutionMs;
        if (!(resolution >= PhysicalClockOptions.MinResolutionMs && resolution <= PhysicalClockOptions.MaxResolutionMs))
        {
            failures.Add(Invariant($"{Physical}:ResolutionMs is {resolution}; it must be a number of milliseconds from {PhysicalClockOptions.MinResolutionMs:0.######} to {PhysicalClockOptions.MaxResolutionMs}."));
        }
        else if (Math.Abs((resolution * ClockReading.NanosecondsPerMillisecond) - ClockReading.Nanoseconds(resolution)) > 1e-6)
        {
            failures.Add(Invariant($"{Physical}:ResolutionMs is {resolution}; it must be a whole number of nanoseconds (a multiple of 0.000001 ms)."));
        }

        var interval = clocks.Sync.IntervalSeconds;
        if (!(interval >= SyncOptions.MinIntervalSeconds && interval <= SimulationOptions.MaxDurationSeconds))
        {
            failures.Add(Invariant($"{Sync}:IntervalSeconds is {interval}; it must be a number of seconds from {SyncOptions.MinIntervalSeconds} to {SimulationOptions.MaxDurationSeconds}."));
        }
    }
}
