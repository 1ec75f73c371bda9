namespace ClockSim.Run;

/// <summary>Why a run ended; recorded in <c>run.json</c> as <c>completed</c> or <c>interrupted</c>.</summary>
internal enum EndReason
{
    /// <summary>The configured duration passed.</summary>
    Completed,

    /// <summary>Ctrl+C, SIGTERM or a fault stopped the run first.</summary>
    Interrupted,
}
