namespace ClockSim.Bench;

/// <summary>The figures of one virtual bench scenario.</summary>
/// <param name="Events">Events (ticks) the run made.</param>
/// <param name="SimulatedSeconds">The simulated time the run covered.</param>
/// <param name="WallSeconds">Real seconds: of the run alone, or of the whole process from its start to its exit.</param>
/// <param name="CpuSeconds">CPU time over the same span.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap by the run alone (the runtime's count); null for a whole process, measured from outside.</param>
internal sealed record VirtualBenchResult(
    string Name, string Rates, VirtualSink Sink, long Events, double SimulatedSeconds, double WallSeconds, double CpuSeconds, double PeakMemoryMb, long? AllocatedBytes = null)
{
    public double EventsPerSecond => Events / WallSeconds;

    public double SpeedUp => SimulatedSeconds / WallSeconds;

    public double? AllocatedBytesPerEvent => AllocatedBytes is { } bytes && Events > 0 ? (double)bytes / Events : null;
}
