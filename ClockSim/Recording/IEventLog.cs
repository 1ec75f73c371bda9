using ClockSim.Machines;

namespace ClockSim.Recording;

/// <summary>A machine's events written to <c>machine-&lt;id&gt;.csv</c>: opened before the first tick, completed after the last.</summary>
internal interface IEventLog : IEventSink
{
    /// <summary>The final path of the CSV.</summary>
    string FilePath { get; }

    /// <summary>Creates the file (under a temporary name) with its header.</summary>
    void Open();

    /// <summary>Writes every event recorded, closes the file and gives it its final name.</summary>
    Task CompleteAsync();
}
