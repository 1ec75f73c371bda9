namespace ClockSim.Application;

/// <summary>The program's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A finished analysis found a rule broken.</summary>
    public const int InvalidRun = 1;

    /// <summary>The command line, a setting or a file named on it was refused before anything ran.</summary>
    public const int BadConfiguration = 2;

    /// <summary>The program could not do its work, e.g. a file could not be written.</summary>
    public const int Failure = 3;

    /// <summary>Ctrl+C or SIGTERM ended the work early; a run still wrote every file first (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
