namespace ClockSim.Engines.Sockets.Clock;

/// <summary>A machine as the tick clock sees it: its rate, and what to run when each tick falls due.</summary>
internal sealed record TickTarget(double Rate, Action<long> Tick);
