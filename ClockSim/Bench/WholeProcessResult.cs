namespace ClockSim.Bench;

/// <summary>
/// A command run as the user runs it (a scenario through <c>run</c>, with its analysis and report, or <c>analyze</c> of
/// a run folder) in a process of its own, measured from outside that process.
/// </summary>
internal sealed record WholeProcessResult
{
    /// <summary><c>JIT</c> (this program under the .NET runtime) or <c>native</c> (the executable published ahead of time).</summary>
    public string Build { get; init; } = "JIT";

    /// <summary>The command line after the program's name.</summary>
    public required string Command { get; init; }

    public required int ExitCode { get; init; }

    /// <summary>The instant just before the process was created.</summary>
    public required DateTimeOffset Started { get; init; }

    public required double WallSeconds { get; init; }

    /// <summary>User plus system CPU time of the whole process, from its start to its exit.</summary>
    public required double CpuSeconds { get; init; }

    public required double PeakMemoryMb { get; init; }

    /// <summary>
    /// Milliseconds from the process's creation to the run's start instant, when the machines' clocks start (its
    /// settings read, a socket run's mesh connected); NaN for a command that runs nothing. Each machine's first tick
    /// then falls its start phase plus one period later: the model's time, not the program's.
    /// </summary>
    public double StartMs { get; init; } = double.NaN;
}
