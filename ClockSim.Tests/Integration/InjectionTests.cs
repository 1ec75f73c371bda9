using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using ClockSim.Analysis.Report.Html;
using ClockSim.Cli;
using ClockSim.Experiments;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Integration;

/// <summary>
/// Text a user (or a hostile folder copied from elsewhere) controls, fed through every writer: a run folder's name, a
/// CSV field and a CSV header with terminal escape sequences, a sweep's and an experiment's title and question. None
/// may land as HTML, as a new Markdown heading, or as a control sequence on the terminal.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class InjectionTests : IDisposable
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(5)>";
    private const string TerminalTitle = "\u001B]0;owned\u0007";
    private const string ClearScreen = "\u001B[2J";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertNoControlCharacters(string text) =>
        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

    [Fact]
    public async Task HostileRunFolder_ReachesNoOutputRaw()
    {
        using var run = TestRunFolder.ValidRun();
        run.Write();
        run.ReplaceField(1, 2, "Peer", Script);
        var header = File.ReadAllLines(run.CsvPath(3));
        header[0] = header[0].Replace("Machine,", $"Machine{TerminalTitle}{ClearScreen},", StringComparison.Ordinal);
        File.WriteAllLines(run.CsvPath(3), header);
        var hostile = Path.Combine(_folder.Path, Image);
        Directory.Move(run.Path, hostile);
        Directory.CreateDirectory(run.Path);
        var console = new TestConsole();

        var result = await RunAnalyzer.AnalyzeAsync(hostile, pngCharts: false, console.Console, CancellationToken.None);

        Assert.Equal(ExitCodes.InvalidRun, result.ExitCode);
        AssertNoControlCharacters(console.Output);
        Assert.Contains("\\u001B]0;owned\\u0007", console.Output, StringComparison.Ordinal);
        var summary = await File.ReadAllTextAsync(Path.Combine(hostile, SummaryMarkdown.FileName));
        Assert.DoesNotContain(Script, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Image, summary, StringComparison.Ordinal);
        Assert.Contains("# Analysis of run \\<img src=x onerror=alert(5)\\>", summary, StringComparison.Ordinal);
        AssertNoControlCharacters(summary);
        var report = await File.ReadAllTextAsync(Path.Combine(hostile, ReportHtml.FileName));
        Assert.DoesNotContain(Script, report, StringComparison.Ordinal);
        Assert.DoesNotContain(Image, report, StringComparison.Ordinal);
        Assert.DoesNotContain(ClearScreen, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileSweepTitle_StaysOneEscapedLine()
    {
        _folder.Write("hostile.json", $$"""
            {
              "Sweep": {
                "Title": "{{Script}}\n# Injected heading",
                "Question": "Why {{Image}}?{{ClearScreen.Replace("\u001B", "\\u001B", StringComparison.Ordinal)}}",
                "Seeds": [1, 2]
              },
              "Simulation": { "DurationSeconds": 2, "TickRates": [1, 2] , "Machines": 2 }
            }
            """);

        var parsed = CommandLine.Parse(["sweep", "hostile.json"], _folder.Path);
        Assert.Equal(ExitCodes.Success, await parsed.Result.InvokeAsync());

        var summary = await File.ReadAllTextAsync(Path.Combine(_folder.Path, "results", "hostile", SweepMarkdown.FileName));
        Assert.DoesNotContain(Script, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Image, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Split('\n'), line => line.StartsWith("# Injected", StringComparison.Ordinal));
        Assert.StartsWith("# \\<script\\>alert(1)\\</script\\> \\# Injected heading\n", summary, StringComparison.Ordinal);
        AssertNoControlCharacters(summary);
    }

    [Fact]
    public void HostileExperiment_StaysEscapedInItsResults()
    {
        var path = _folder.Write("hostile.json", $$"""
            {
              "Experiment": { "Title": "T", "Question": "{{Script}}\n## Injected", "Seeds": [1] },
              // ``` a fence in a comment ```
              "Simulation": { "DurationSeconds": 1 }
            }
            """);

        var text = ExperimentReport.Render(Experiment.Load(path), [], "");

        // Outside the code block that shows the file as it is (where a tag is text, not HTML).
        var prose = text[..text.IndexOf("````json", StringComparison.Ordinal)];
        Assert.DoesNotContain(Script, prose, StringComparison.Ordinal);
        Assert.Contains("**Question.** \\<script\\>alert(1)\\</script\\> \\#\\# Injected", prose, StringComparison.Ordinal);

        // The file is shown whole, in a fence longer than the backticks inside it.
        Assert.Contains("````json\n", text, StringComparison.Ordinal);
        Assert.Contains("// ``` a fence in a comment ```", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u001B[2J", "\\u001B[2J")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("a\nb", "a\\u000Ab")]
    [InlineData("right\u202Eto left", "right\\u202Eto left")]
    [InlineData("plain text, ünïcode", "plain text, ünïcode")]
    public void ConsoleLine_ShowsControlCharactersAsText(string text, string shown) => Assert.Equal(shown, ConsoleText.Line(text));
}
