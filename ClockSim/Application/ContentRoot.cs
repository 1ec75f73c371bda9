namespace ClockSim.Application;

/// <summary>
/// Finds the user's <c>appsettings.json</c>: in the current folder or the nearest folder above it, so
/// <c>dotnet run</c> works from the repository root and from inside <c>ClockSim/</c>. Its folder is where
/// relative output paths start; with none above, the current folder is, and the defaults stand.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    /// <returns>The folder that holds the nearest appsettings.json, or <paramref name="startDirectory"/> when there is none.</returns>
    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SettingsFile)))
            {
                return directory.FullName;
            }
        }

        return Path.GetFullPath(startDirectory);
    }
}
