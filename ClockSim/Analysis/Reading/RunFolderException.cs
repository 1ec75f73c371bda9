namespace ClockSim.Analysis.Reading;

/// <summary>The folder is not a run folder that can be read (missing, no run.json, a CSV missing): a bad argument, not a broken run.</summary>
internal sealed class RunFolderException : Exception
{
    public RunFolderException()
    {
    }

    public RunFolderException(string message)
        : base(message)
    {
    }

    public RunFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
