namespace ClockSim.Bench;

/// <summary>The figures of one virtual bench scenario.</summary>
/// <param name="Events">Events (ticks) the run made.</param>
/// <param name="SimulatedSeconds">The simulated time the run covered.</param>
/// <param name="WallSeconds">Real seconds: of the run alone, or of the whole process from its start to its exit.</param>
/// <param name="CpuSeconds">CPU time over the same span.</param>
internal sealed record VirtualBenchResult(string Name, string Rates, VirtualSink Sink, long Events, double SimulatedSeconds, double WallSeconds, double CpuSeconds, double PeakMemoryMb)
{
    public double EventsPerSecond => Events / WallSeconds;

    public double SpeedUp => SimulatedSeconds / WallSeconds;
}
