namespace ClockSim.Bench;

/// <summary>Where a virtual bench run's events go.</summary>
internal enum VirtualSink
{
    /// <summary>Each machine's CSV, as a run folder has them.</summary>
    Csv,

    /// <summary>Only each machine's figures, as a sweep keeps them.</summary>
    Figures,

    /// <summary>The whole <c>run</c> command as the user runs it (simulation, analysis, report), measured from outside.</summary>
    WholeProcess,
}
