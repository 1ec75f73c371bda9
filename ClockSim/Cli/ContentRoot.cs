namespace ClockSim.Cli;

/// <summary>
/// Finds the user's <c>appsettings.json</c>: in the current folder or the nearest folder above it (so
/// <c>dotnet run</c> works from the repository root and from inside <c>ClockSim/</c>), else the copy
/// beside the program.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SettingsFile)))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
