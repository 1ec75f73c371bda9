using ClockSim.Analysis.Charts;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClockSim.Analysis;
using ClockSim.Analysis.Report.Html;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>What the analysis writes into report.html, read as text; the browser tests open it.</summary>
public sealed partial class ReportHtmlTests
{
    [Fact]
    public async Task AnalyzeAsync_WritesTheReport_AndNamesItAfterTheSummary()
    {
        using var run = TestRunFolder.ValidRun();
        var console = new TestConsole();

        await RunAnalyzer.AnalyzeAsync(run.Write(), pngCharts: false, console.Console, default);

        var summary = console.Lines.ToList().FindIndex(line => line.StartsWith("Summary: ", StringComparison.Ordinal));
        Assert.Equal($"Report: {Path.Combine(run.Path, ReportHtml.FileName)} (open it in a browser)", console.Lines[summary + 1]);
        Assert.True(File.Exists(Path.Combine(run.Path, ReportHtml.FileName)));
    }

    [Fact]
    public void WriteFiles_Report_HoldsItsScriptsStylesAndChartDataAndRefersToNothingOutsideIt()
    {
        using var run = TestRunFolder.ValidRun();
        RunAnalyzer.WriteFiles(RunFolderAnalysis.Analyze(run.Write(), default), pngCharts: false);

        var html = File.ReadAllText(Path.Combine(run.Path, ReportHtml.FileName));

        Assert.DoesNotContain("<!--clocksim:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("\"charts\":{\"lines\":[{", html, StringComparison.Ordinal);
        Assert.Empty(OutsideReference().Matches(html));
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Equal(ReportAssets.Scripts.Count, Regex.Matches(html, "<script>").Count);
    }

    [Fact]
    public void Write_RunAboveTheLimit_HoldsItsFirstEventsInTime()
    {
        using var run = TestRunFolder.ValidRun();
        var analysis = RunFolderAnalysis.Analyze(run.Write(), default, reportEvents: 5);
        using var stream = new MemoryStream();

        // The first 5 events in time are the rows at 100, 120, 150, 200 and 250 ms; the other 5 are not held.
        ReportData.Write(stream, analysis, RunChartSet.Of(analysis));

        var data = JsonNode.Parse(stream.ToArray())!;
        Assert.Equal(5, data["embedded"]!["events"]!.GetValue<long>());
        Assert.Equal(10, data["embedded"]!["runEvents"]!.GetValue<long>());
        Assert.Equal(250, data["embedded"]!["untilMs"]!.GetValue<double>(), 9);
        Assert.Equal([2, 2, 1], data["machines"]!.AsArray().Select(m => m!["rows"]!.GetValue<int>()));
        Assert.True(data["vectors"]!["available"]!.GetValue<bool>());
    }

    [Fact]
    public void Write_RunWithoutVectorClocks_SaysWhyTheHighlightIsUnavailable()
    {
        using var run = new TestRunFolder(1, 1);
        run.Internal(1, 100, clock: 1);
        run.Internal(2, 100, clock: 1);
        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);
        using var stream = new MemoryStream();

        ReportData.Write(stream, analysis, RunChartSet.Of(analysis));

        var vectors = JsonNode.Parse(stream.ToArray())!["vectors"]!;
        Assert.False(vectors["available"]!.GetValue<bool>());
        Assert.Equal(RunFolderAnalysis.NoVectorClocks, vectors["unavailableBecause"]!.GetValue<string>());
    }

    /// <summary>A src or href to anything but an inline data: URI or a place in the page.</summary>
    [GeneratedRegex("""(src|href)\s*=\s*(?!["']?(data:|#))""")]
    private static partial Regex OutsideReference();
}
