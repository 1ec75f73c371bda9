using System.Reflection.PortableExecutable;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Build;

/// <summary>
/// The build <c>dotnet run</c> makes, as the csproj says: the program, CsvHelper and Markdig compiled ahead of time
/// (ReadyToRun), the other packages left to the JIT, whose ahead-of-time images cost a default run more memory.
/// </summary>
public sealed class ReadyToRunTests
{
    /// <summary>The program's build output for the configuration the tests were built in: ClockSim/bin/&lt;configuration&gt;/net10.0.</summary>
    private static string BuildOutput()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        return Path.Combine(ProgramUnderTest.RepositoryRoot(), "ClockSim", "bin", configuration, framework.Name);
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var file = File.OpenRead(Path.Combine(BuildOutput(), assembly));
        using var image = new PEReader(file);
        return image.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [Theory]
    [InlineData("clocksim.dll")]
    [InlineData("CsvHelper.dll")]
    [InlineData("Markdig.dll")]
    public void TheBuild_CompilesTheCodeARunExecutesInBulk_AheadOfTime(string assembly) => Assert.True(IsReadyToRun(assembly));

    [Theory]
    [InlineData("Spectre.Console.dll")]
    [InlineData("ScottPlot.dll")]
    [InlineData("Microsoft.Extensions.Hosting.dll")]
    public void TheBuild_LeavesTheOtherPackagesToTheJit(string assembly) => Assert.False(IsReadyToRun(assembly));
}
