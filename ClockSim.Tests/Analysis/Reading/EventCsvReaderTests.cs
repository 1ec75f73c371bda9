using ClockSim.Analysis;

namespace ClockSim.Tests.Analysis;

public sealed class EventCsvReaderTests
{
    [Fact]
    public void Verdict_RowWithAnUnknownEvent_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 2, "Event", "Teleport"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where == "machine-1.csv line 2");
    }

    [Fact]
    public void Verdict_NumberThatDoesNotParse_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(2, 3, "LogicalClock", "three"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where == "machine-2.csv line 3");
    }

    [Fact]
    public void Verdict_FileWithAnotherHeader_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run =>
        {
            var lines = File.ReadAllLines(run.CsvPath(1));
            lines[0] = lines[0].Replace("Jump", "Leap", StringComparison.Ordinal);
            File.WriteAllLines(run.CsvPath(1), lines);
        });

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where == "machine-1.csv line 1");
    }

    [Fact]
    public void Read_ValidFile_HandsOverEveryRowWithItsLine()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        var rows = new List<AnalysisRow>();

        EventCsvReader.Read(run.CsvPath(2), new Verdict(), rows.Add, default);

        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.Equal(ClockSim.Model.EventKind.SendAll, rows[2].Kind);
        Assert.Equal(new MessageKey(2, 1), rows[2].Message);
        Assert.Equal("1;3", rows[2].Peers.ToString());
        Assert.Equal(4, rows[2].MessageClock);
    }
}
