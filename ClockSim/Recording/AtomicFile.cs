namespace ClockSim.Recording;

/// <summary>Writes a file under a temporary name and renames it, so the file is either absent or whole.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string contents)
    {
        var temporary = path + ".partial";
        File.WriteAllText(temporary, contents);
        File.Move(temporary, path, overwrite: true);
    }
}
