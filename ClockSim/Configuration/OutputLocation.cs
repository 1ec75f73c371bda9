namespace ClockSim.Configuration;

/// <summary>
/// Resolves relative output paths against the folder that holds the configuration, so a run
/// started from the repository root or from inside <c>ClockSim/</c> writes to the same <c>runs/</c>.
/// </summary>
internal sealed class OutputLocation(string baseDirectory)
{
    public string BaseDirectory { get; } = baseDirectory;

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));
}
