using ClockSim.Cli;

namespace ClockSim.Tests.Cli;

public sealed class RunFolderLocatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "clocksim-locator-" + Guid.NewGuid().ToString("N"));

    public RunFolderLocatorTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Newest_TwoFinishedRuns_IsTheOneWhoseRunJsonWasWrittenLast()
    {
        var older = Run("20260101-000000-seed1", DateTime.UtcNow.AddHours(-1));
        var newer = Run("20250101-000000-seed2", DateTime.UtcNow);

        Assert.Equal(newer, RunFolderLocator.Newest(_root));
        Assert.NotEqual(older, RunFolderLocator.Newest(_root));
    }

    [Fact]
    public void Newest_RunWithoutRunJson_IsPassedOver()
    {
        var finished = Run("20260101-000000-seed1", DateTime.UtcNow.AddHours(-1));
        Directory.CreateDirectory(Path.Combine(_root, "20260101-010000-seed2"));

        Assert.Equal(finished, RunFolderLocator.Newest(_root));
    }

    [Fact]
    public void Newest_NoOutputDirectory_IsNull() => Assert.Null(RunFolderLocator.Newest(Path.Combine(_root, "missing")));

    [Fact]
    public void OutputDirectory_RelativeSetting_IsResolvedAgainstTheSettingsFolder()
    {
        File.WriteAllText(Path.Combine(_root, "appsettings.json"), """{ "Simulation": { "OutputDirectory": "out/runs" } }""");

        Assert.Equal(Path.Combine(_root, "out", "runs"), RunFolderLocator.OutputDirectory(_root, null, []));
    }

    [Fact]
    public void OutputDirectory_CommandLineOverride_Wins()
    {
        File.WriteAllText(Path.Combine(_root, "appsettings.json"), """{ "Simulation": { "OutputDirectory": "out/runs" } }""");

        Assert.Equal(Path.Combine(_root, "elsewhere"), RunFolderLocator.OutputDirectory(_root, null, ["--Simulation:OutputDirectory=elsewhere"]));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Run(string name, DateTime written)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, "run.json");
        File.WriteAllText(manifest, "{}");
        File.SetLastWriteTimeUtc(manifest, written);
        return folder;
    }
}
