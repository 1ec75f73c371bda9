using ClockSim.Analysis;
using ClockSim.Analysis.Charts;
using ClockSim.Display;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Charts;

public sealed class ChartMachinesTests
{
    /// <summary>The run in <paramref name="folder"/>, each of its <paramref name="machines"/> machines with one internal event, analysed.</summary>
    private static RunAnalysis Analysed(TestRunFolder folder, int machines)
    {
        for (var machine = 1; machine <= machines; machine++)
        {
            folder.Internal(machine, atMs: 100 + machine, clock: 1);
        }

        return RunFolderAnalysis.Analyze(folder.Write(), CancellationToken.None);
    }

    [Fact]
    public void UpToTheLimit_EveryMachineIsDrawnOneByOne_InItsOwnLook()
    {
        using var folder = new TestRunFolder([.. Enumerable.Range(1, MachinesShown.MaxOneByOne).Select(i => (double)(i % 5) + 1)]);
        var run = Analysed(folder, MachinesShown.MaxOneByOne);

        var drawn = ChartMachines.Of(run.Machines);

        Assert.Equal(run.Machines, drawn.OneByOne);
        Assert.Empty(drawn.Together);
        Assert.All(run.Machines, m => Assert.Equal(m.Machine, drawn.StyleOf(m.Machine)));
    }

    [Fact]
    public void AboveTheLimit_TheSlowestMedianAndFastestAreDrawnOneByOne_TheOthersTogether()
    {
        // Machine i ticks (i mod 7) + 1 times a second: the slowest with the lowest id is 7, the fastest 6, and the
        // 21st of 40 by rate (then id) is 24, the fourth of the six machines at 4 ticks/s.
        using var folder = new TestRunFolder([.. Enumerable.Range(1, 40).Select(i => (double)(i % 7) + 1)]);
        var run = Analysed(folder, 40);

        var drawn = ChartMachines.Of(run.Machines);

        Assert.Equal([6, 7, 24], drawn.OneByOne.Select(m => m.Machine));
        Assert.Equal([1, 2, 3], drawn.OneByOne.Select(m => drawn.StyleOf(m.Machine)));
        Assert.Equal(37, drawn.Together.Count);
        Assert.DoesNotContain(drawn.Together, m => drawn.IsOneByOne(m.Machine));
        Assert.Equal("the other 37 machines", drawn.TogetherLabel);
    }

    [Fact]
    public void AboveTheLimit_EveryChartIsWritten()
    {
        using var folder = new TestRunFolder([.. Enumerable.Range(1, 40).Select(i => (double)(i % 7) + 1)]);
        var run = Analysed(folder, 40);

        var charts = PngCharts.Write(RunChartSet.Of(run), folder.Path);

        Assert.All(charts, c => Assert.True(new FileInfo(Path.Combine(folder.Path, c.FileName)).Length > 1000, c.FileName));
    }
}
