namespace ClockSim.Bench;

/// <summary>The figures of one scenario run, as the child process reports them to the bench.</summary>
internal sealed record ScenarioResult
{
    public required string Name { get; init; }

    public required int Machines { get; init; }

    public required string Rates { get; init; }

    public required double ElapsedSeconds { get; init; }

    public required long ExpectedTicks { get; init; }

    public required long Ticks { get; init; }

    /// <summary>The largest gap, over machines, between ticks done and rate × elapsed.</summary>
    public required double WorstTickCountError { get; init; }

    /// <summary>Ticks of the schedule that did not happen before the run ended.</summary>
    public required long TicksMissed { get; init; }

    /// <summary>Ticks that happened more than one period after their ideal instant (after the next one was due).</summary>
    public required long TicksLate { get; init; }

    public required double LatenessP50Ms { get; init; }

    public required double LatenessP99Ms { get; init; }

    public required double LatenessMaxMs { get; init; }

    public required long Messages { get; init; }

    public required double MessagesPerSecond { get; init; }

    public required double LatencyP50Us { get; init; }

    public required double LatencyP99Us { get; init; }

    public required double LatencyP999Us { get; init; }

    /// <summary>How late the delay line released held messages against their due instants, p50 and p99 (µs); NaN when it held none.</summary>
    public double DelayLineP50Us { get; init; } = double.NaN;

    public double DelayLineP99Us { get; init; } = double.NaN;

    /// <summary>CPU time of the whole process during the run, as a percentage of one core.</summary>
    public required double CpuPercent { get; init; }

    public required double PeakMemoryMb { get; init; }

    /// <summary>Time the garbage collector paused the process during the run, in milliseconds.</summary>
    public required double GcPauseMs { get; init; }

    /// <summary>Bytes the whole process allocated on the managed heap during the run, by the runtime's own count.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>The same scenario run through the <c>run</c> command and measured from outside, when the scenario asks for it.</summary>
    public WholeProcessResult? WholeProcess { get; init; }

    /// <summary>The same as <see cref="WholeProcess"/> through the native executable, when the bench found one.</summary>
    public WholeProcessResult? NativeProcess { get; init; }

    /// <summary>The machine's one-minute load average when the scenario ended; above the core count, other work disturbed the timings.</summary>
    public double? LoadAverage { get; init; }

    public double TicksMissedPercent => ExpectedTicks == 0 ? 0 : 100.0 * TicksMissed / ExpectedTicks;

    public double TicksLatePercent => ExpectedTicks == 0 ? 0 : 100.0 * TicksLate / ExpectedTicks;

    /// <summary>Bytes allocated during the run per tick that happened: what every tick, its messages and its row cost the heap.</summary>
    public double AllocatedBytesPerTick => Ticks == 0 ? double.NaN : (double)AllocatedBytes / Ticks;
}
