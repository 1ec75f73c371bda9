namespace ClockSim.Engines.Sockets.Clock;

/// <summary>A machine as the tick clock sees it: its rate, its start phase, and what to run when each tick falls due.</summary>
/// <param name="PhaseNanoseconds">Tick k falls due this long plus k / <paramref name="Rate"/> seconds after the start.</param>
internal sealed record TickTarget(double Rate, long PhaseNanoseconds, Action<long> Tick);
