namespace ClockSim.Recording;

/// <summary>Writes a file under a temporary name and renames it, so the file is either absent or whole.</summary>
internal static class AtomicFile
{
    /// <summary>The suffix of a file still being written: it loses it when it is whole.</summary>
    public const string PartialSuffix = ".partial";

    public static void WriteAllText(string path, string contents) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream);
        writer.Write(contents);
    });

    /// <summary>Lets <paramref name="write"/> stream the contents, for a file too large to hold as one string.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = path + PartialSuffix;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
