using ClockSim.Analysis;
using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Report;
using ClockSim.Analysis.Rules;
using ClockSim.Tests.Support;
using ClockSim.Recording;

namespace ClockSim.Tests.Analysis.Report;

public sealed class SummaryMarkdownTests
{
    [Fact]
    public void Render_ValidRun_HasEveryTableAndEmbedsTheChartsByRelativePath()
    {
        using var run = TestRunFolder.ValidRun();
        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        var text = SummaryMarkdown.Render(analysis, [new ChartFile("Logical clock vs real time", "clock.png")]);

        foreach (var section in new[] { "## Verdict", "## Reading the run", "## Machines", "## Jumps", "## Queues", "## Message delay", "## Drift", "## Theory beside measurement", "## Charts" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.Contains("![Logical clock vs real time](clock.png)", text, StringComparison.Ordinal);
        Assert.Contains("| M3 (1 tick/s) | 1 | 2 | 1 | 0 | 0 | 1 | 5 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutPngCharts_NamesTheChartsOfTheReportAndTheSettingThatDrawsThem()
    {
        using var run = TestRunFolder.ValidRun();
        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        var text = SummaryMarkdown.Render(analysis, []);

        var charts = text[text.IndexOf("## Charts", StringComparison.Ordinal)..];
        Assert.DoesNotContain("![", charts, StringComparison.Ordinal);
        Assert.All(RunChartSet.Files, file => Assert.Contains($"- {file.Title}\n", charts, StringComparison.Ordinal));
        Assert.Contains("`Simulation:PngCharts`", charts, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdict_ManyViolations_SaysHowManyAndListsTheFirst()
    {
        var verdict = new Verdict();
        for (var i = 0; i < Verdict.Kept + 5; i++)
        {
            verdict.Add(RuleKind.TickNumbering, new FileLine("machine-1.csv", i + 2), "a gap");
        }

        var text = SummaryMarkdown.Verdict(verdict);

        Assert.StartsWith("**invalid**: 25 violations of TickNumbering (25); the other 13 rules hold. The first 20:", text, StringComparison.Ordinal);
        Assert.Contains("- `machine-1.csv line 2`: a gap (TickNumbering)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 22`", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Histogram_Bins_ListOnlyTheBinsThatHoldEvents() =>
        Assert.Equal("1: 900 · 3–4: 12", SummaryTables.Histogram([900, 0, 12]));
}
