namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// Where the browser tests save what they saw: the folder in <see cref="FolderVariable"/> (CI sets it to its test results),
/// else <c>ClockSim.Tests/TestResults/report/</c>.
/// </summary>
internal static class Screenshots
{
    public const string FolderVariable = "CLOCKSIM_TEST_RESULTS";

    public static string PathOf(string name)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } results
            ? Path.Combine(results, "report")
            : Path.Combine(ProjectFolder(), "TestResults", "report");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClockSim.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
