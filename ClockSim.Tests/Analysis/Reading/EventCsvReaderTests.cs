using ClockSim.Analysis.Rules;
using ClockSim.Model;
using ClockSim.Tests.Support;
using ClockSim.Recording;

namespace ClockSim.Tests.Analysis.Reading;

public sealed class EventCsvReaderTests
{
    [Fact]
    public void Verdict_RowWithAnUnknownEvent_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(1, 2, "Event", "Teleport"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where.ToString() == "machine-1.csv line 2");
    }

    [Fact]
    public void Verdict_NumberThatDoesNotParse_IsViolation()
    {
        var verdict = VerdictOf.BrokenValidRun(run => run.ReplaceField(2, 3, "LogicalClock", "three"));

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where.ToString() == "machine-2.csv line 3");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e308")]
    [InlineData("-0.001")]
    [InlineData("9223372036855")]
    public void Verdict_ElapsedMsThatParsesButIsNoTime_IsViolation_AndTheReportIsStillDrawn(string elapsed)
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        run.ReplaceField(3, 3, "ElapsedMs", elapsed);

        var analysis = ClockSim.Analysis.RunFolderAnalysis.Analyze(run.Path, default);

        var broken = Assert.Single(analysis.Verdict.First, v => v.Rule == RuleKind.RowFormat);
        Assert.Equal($"machine-3.csv line 3: ElapsedMs is '{elapsed}', expected milliseconds since the run's start, from 0 to 9223372036854 [RowFormat]", broken.ToString());
        ClockSim.Analysis.RunAnalyzer.WriteFiles(analysis, pngCharts: false);
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

        Assert.Contains(verdict.First, v => v.Rule == RuleKind.RowFormat && v.Where.ToString() == "machine-1.csv line 1");
    }

    [Fact]
    public void Read_ValidFile_HandsOverEveryRowWithItsLine()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();

        var lines = EventCsvReader.Lines(run.CsvPath(2)).ToList();
        var rows = lines.Select(line => line.Event).ToList();

        Assert.Equal([2, 3, 4], lines.Select(line => line.Line));
        Assert.All(lines, line => Assert.Null(line.Problem));
        Assert.Equal(EventKind.SendAll, rows[2].Kind);
        Assert.Equal(new MessageKey(2, 1), rows[2].Message);
        Assert.Equal("1;3", rows[2].Peers.ToString());
        Assert.Equal(4, rows[2].MessageClock);
    }

    [Fact]
    public void Rows_RowThatDoesNotParse_IsAnErrorNamingItsLine()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        run.ReplaceField(2, 3, "Tick", "two");

        var error = Assert.Throws<InvalidDataException>(() => EventCsvReader.Events(run.CsvPath(2)).ToList());

        Assert.StartsWith("machine-2.csv line 3: a number does not parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_QuoteLeftOpen_SpoilsOnlyItsOwnLine()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        run.ReplaceField(3, 2, "Peer", "\"1");

        var lines = EventCsvReader.Lines(run.CsvPath(3)).ToList();

        Assert.Equal([2, 3], lines.Select(l => l.Line));
        Assert.NotNull(lines[0].Problem);
        Assert.Null(lines[1].Problem);
    }

    [Fact]
    public void Lines_LineLongerThanAnyRow_EndsTheFileWithAProblem()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        File.AppendAllText(run.CsvPath(3), new string('x', 100_000) + "\n");

        var lines = EventCsvReader.Lines(run.CsvPath(3)).ToList();

        Assert.Equal([2, 3, 0], lines.Select(l => l.Line));
        Assert.StartsWith("the file cannot be read past this point", lines[^1].Problem, StringComparison.Ordinal);
    }
}

public sealed class ParkedReaderTests
{
    /// <summary>Reads the files in turn, a line of each at a time, as a merge by time does, with at most <paramref name="open"/> readers open.</summary>
    private static List<List<string>> InTurns(IReadOnlyList<string> paths, int open)
    {
        var budget = new CsvReaderBudget(open);
        var files = paths.Select(path => EventCsvReader.Open(path, budget: budget)).ToArray();
        var read = paths.Select(_ => new List<string>()).ToList();
        try
        {
            var more = true;
            while (more)
            {
                more = false;
                for (var i = 0; i < files.Length; i++)
                {
                    if (files[i].MoveNext())
                    {
                        read[i].Add(Text(files[i].Current));
                        more = true;
                    }
                }
            }
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }

        return read;
    }

    private static string Text(EventCsvLine line) =>
        $"{line.Line} {line.Problem} {line.Event with { Vector = default }} {string.Join(';', line.Event.Vector.ToArray())}";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Lines_FilesReadInTurnsWithOneReaderOpen_GiveEveryLineAsReadAlone(string lineEnd)
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        run.ReplaceField(2, 3, "LogicalClock", "three");
        string[] paths = [run.CsvPath(1), run.CsvPath(2), run.CsvPath(3)];
        foreach (var path in paths)
        {
            File.WriteAllText(path, string.Join(lineEnd, File.ReadAllLines(path)) + lineEnd);
        }

        var alone = paths.Select(path => EventCsvReader.Lines(path).Select(Text).ToList()).ToList();

        var parked = InTurns(paths, open: 1);

        Assert.Equal(alone, parked);
        Assert.Contains(parked[1], line => line.StartsWith("3 a number does not parse", StringComparison.Ordinal));
        Assert.All(parked, lines => Assert.True(lines.Count >= 2));
    }
}
