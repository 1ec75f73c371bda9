using ClockSim.Analysis.Reading;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Reading;

public sealed class LastRowTimeTests
{
    [Fact]
    public void Of_ShortFile_IsItsLastRowsTime()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();

        Assert.Equal(500, LastRowTime.Of(run.CsvPath(1)));
    }

    [Fact]
    public void Of_FileLongerThanTheEndItReads_IsItsLastRowsTime()
    {
        using var run = LongRun();

        Assert.Equal(2000, LastRowTime.Of(run.CsvPath(1)));
    }

    [Fact]
    public void Of_LastLineCut_IsTheTimeOfTheRowBeforeIt()
    {
        using var run = LongRun();
        File.AppendAllText(run.CsvPath(1), "1,2001,2000-01-01T00:00:02.1");

        Assert.Equal(2000, LastRowTime.Of(run.CsvPath(1)));
    }

    [Fact]
    public void Of_HeaderAlone_IsZero()
    {
        using var run = LongRun();
        File.WriteAllLines(run.CsvPath(1), [File.ReadLines(run.CsvPath(1)).First()]);

        Assert.Equal(0, LastRowTime.Of(run.CsvPath(1)));
    }

    [Fact]
    public void Of_MissingFile_IsUnknown()
    {
        using var run = LongRun();
        File.Delete(run.CsvPath(1));

        Assert.Null(LastRowTime.Of(run.CsvPath(1)));
    }

    /// <summary>A machine with 2000 rows, one a millisecond: far more than the end the time is first read from.</summary>
    private static TestRunFolder LongRun()
    {
        var run = new TestRunFolder(1000);
        for (var tick = 1; tick <= 2000; tick++)
        {
            run.Internal(1, tick, clock: tick);
        }

        run.Write();
        return run;
    }
}
