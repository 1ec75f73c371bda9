namespace ClockSim.Bench;

/// <summary>
/// A scenario run as the user runs it: the <c>run</c> command in a process of its own (simulation, summary,
/// analysis and five charts), measured from outside that process.
/// </summary>
internal sealed record WholeProcessResult
{
    /// <summary>The command line after the program's name.</summary>
    public required string Command { get; init; }

    public required int ExitCode { get; init; }

    public required double WallSeconds { get; init; }

    /// <summary>User plus system CPU time of the whole process, from its start to its exit.</summary>
    public required double CpuSeconds { get; init; }

    public required double PeakMemoryMb { get; init; }
}
