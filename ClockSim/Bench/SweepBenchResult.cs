namespace ClockSim.Bench;

/// <summary>The figures of the sweep benchmark.</summary>
/// <param name="WallSeconds">The whole command, from the child process's start to its exit.</param>
/// <param name="RunSeconds">The runs alone, from the first run's start to the last run's end.</param>
/// <param name="CpuSeconds">CPU time of the child process, on every core.</param>
internal sealed record SweepBenchResult(int Runs, double WallSeconds, double RunSeconds, double CpuSeconds, double PeakMemoryMb);
