using ClockSim.Analysis;
using ClockSim.Analysis.Rules;

namespace ClockSim.Tests.Support;

/// <summary>The product's verdict on a run folder: the one definition of the run's rules that every test checks against.</summary>
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

    /// <summary>Asserts that the run keeps every rule, naming the first violations when it does not.</summary>
    public static void AssertValid(RunAnalysis run) => Assert.True(run.Verdict.IsValid, string.Join("\n", run.Verdict.First));
}
