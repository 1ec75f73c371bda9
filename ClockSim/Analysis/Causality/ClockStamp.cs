using ClockSim.Model;

namespace ClockSim.Analysis.Causality;

/// <summary>An event as the four clocks stamp it beside true time, and where it is written (its machine and line, for a violation).</summary>
/// <param name="TrueNs">True time: nanoseconds since the run's start (its <c>ElapsedMs</c>).</param>
/// <param name="PhysicalNs">The machine's own clock's reading.</param>
internal readonly record struct ClockStamp(long TrueNs, long PhysicalNs, HlcTimestamp Hlc, long Lamport, int Machine, int Line);
