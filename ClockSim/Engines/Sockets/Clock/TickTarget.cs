using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Clock;

/// <summary>A machine (or the clocks' synchronisation) as the tick clock sees it: when its ticks fall due, and what to run at each.</summary>
internal sealed record TickTarget(TickPlan Plan, Action<long> Tick);
