namespace ClockSim.Recording;

/// <summary>
/// Makes choosing and creating a run folder one step among every ClockSim process and thread writing into the same
/// parent folder: two runs of the same seed started in the same second each get a folder of their own (the second
/// one <c>-2</c>). It holds an exclusive lock on a hidden file in the parent (<c>.clocksim.lock</c>, left in place:
/// deleting a lock file would race with its next taker) while the folder is chosen and created.
/// </summary>
internal sealed class RunFolderLock : IDisposable
{
    public const string FileName = ".clocksim.lock";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(5);

    private readonly FileStream _file;

    private RunFolderLock(FileStream file) => _file = file;

    /// <summary>Waits until no other run is choosing a folder in <paramref name="parent"/> (created if missing).</summary>
    /// <exception cref="IOException">Another process held the lock for longer than ten seconds.</exception>
    public static RunFolderLock Take(string parent)
    {
        Directory.CreateDirectory(parent);
        var path = Path.Combine(parent, FileName);
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new RunFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(path))
            {
                Thread.Sleep(Retry);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
