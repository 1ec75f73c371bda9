namespace ClockSim.Application;

/// <summary>A path as the console shows it: relative to the current folder when that is shorter, so it can be pasted back into a command.</summary>
internal static class DisplayPath
{
    public static string Of(string path) => Of(path, Directory.GetCurrentDirectory());

    public static string Of(string path, string currentDirectory)
    {
        var full = Path.GetFullPath(path, currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, full);
        return relative.Length < full.Length ? relative : full;
    }
}
