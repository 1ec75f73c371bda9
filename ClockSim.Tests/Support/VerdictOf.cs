using ClockSim.Analysis;

namespace ClockSim.Tests.Analysis;

/// <summary>Analyses a test run folder and hands back only its verdict.</summary>
internal static class VerdictOf
{
    public static Verdict Folder(string folder) => RunFolderAnalysis.Analyze(folder, default).Verdict;

    /// <summary>Writes <see cref="TestRunFolder.ValidRun"/>, lets <paramref name="breakIt"/> break it, and analyses it.</summary>
    public static Verdict BrokenValidRun(Action<TestRunFolder> breakIt)
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        breakIt(run);
        return Folder(run.Path);
    }
}
