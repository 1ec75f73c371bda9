using ClockSim.Configuration;
using ClockSim.Recording;
using static System.FormattableString;

namespace ClockSim.Display;

/// <summary>
/// Whether a socket run fell behind real time, in the sentence that says so. Its machines tick in real time on one computer:
/// more ticks a second than the computer can run make every tick later than planned, the run lasts longer than its ticks
/// were planned for, and every rate it measures is of slower machines than the ones configured.
/// </summary>
internal static class BehindRealTime
{
    /// <summary>A run whose ticks took longer than planned by more than this share fell behind.</summary>
    private const double Tolerance = 0.1;

    /// <returns>The sentence, or null for a run that kept to real time (and for every virtual run, which has no real time).</returns>
    public static string? Sentence(RunManifest manifest)
    {
        var planned = manifest.Options.DurationSeconds;
        var took = manifest.ElapsedSeconds;
        return manifest.Engine != SimulationEngine.Sockets || !(took > planned * (1 + Tolerance)) ? null
            : Invariant($"The machines fell behind real time: their {planned:0.###} s of ticks took {took:0.###} s, so they ticked at about {100 * planned / took:0} % ")
              + "of the rates asked for, and every rate measured here is of slower machines than configured; the Virtual engine runs any rate on simulated time (--Simulation:Engine=Virtual).";
    }
}
