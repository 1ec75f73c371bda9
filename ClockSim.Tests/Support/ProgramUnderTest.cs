namespace ClockSim.Tests.Support;

/// <summary>The program as a separate process starts it: its assembly beside the tests, run by the dotnet host.</summary>
internal static class ProgramUnderTest
{
    /// <summary>The program's assembly, <c>clocksim.dll</c>, copied beside the tests' own.</summary>
    public static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "clocksim.dll");

    /// <summary>The repository the tests were built from: the folder above the test binaries that holds the solution.</summary>
    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "ClockSim.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException($"No ClockSim.sln above {AppContext.BaseDirectory}.");
        }

        return folder.FullName;
    }
}
