namespace ClockSim.Clocks;

/// <summary>
/// One correction of a machine's clock, a row of <c>sync.csv</c>: at true time <see cref="TrueNs"/> (since the run's
/// start) machine <see cref="Machine"/>'s clock read <see cref="BeforeNs"/> and was set to <see cref="AfterNs"/>;
/// the request's round trip took <see cref="RoundTripNs"/> by that clock.
/// </summary>
internal readonly record struct SyncAdjustment(int Machine, long TrueNs, long BeforeNs, long AfterNs, long RoundTripNs);
