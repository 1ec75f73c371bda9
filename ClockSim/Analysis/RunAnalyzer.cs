using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Reading;
using ClockSim.Analysis.Report;
using ClockSim.Analysis.Report.Html;
using ClockSim.Analysis.Report.Json;
using ClockSim.Recording;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Analysis;

/// <summary>
/// The one entry point of the analysis, for the <c>analyze</c> verb and for the end of every run: read the
/// run folder, write <c>summary.md</c>, the charts and <c>report.html</c> into it, show the key table, and return the exit code.
/// </summary>
internal static class RunAnalyzer
{
    /// <returns>
    /// Exit code 0 for a valid run, 1 for a run that breaks a rule (the files are written all the same), and 2
    /// when <paramref name="runFolder"/> is not a readable run folder; then one <c>error:</c> line goes to stderr.
    /// </returns>
    /// <param name="pngCharts">Whether to draw the charts as PNG files too (<c>Simulation:PngCharts</c>); the report draws them either way.</param>
    public static async Task<AnalysisResult> AnalyzeAsync(string runFolder, bool pngCharts, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var folder = Path.GetFullPath(runFolder);
        RunAnalysis run;
        try
        {
            // Reading a million rows is CPU work; off the caller's thread it cannot stall a UI or a host.
            run = await Task.Run(() => RunFolderAnalysis.Analyze(folder, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (RunFolderException e)
        {
            await Console.Error.WriteLineAsync(ConsoleText.Line($"error: {e.Message}")).ConfigureAwait(false);
            return new AnalysisResult(ExitCodes.BadConfiguration, null, null);
        }

        PhaseMemory.Release();
        var summaryPath = await Task.Run(() => WriteFiles(run, pngCharts, cancellationToken), cancellationToken).ConfigureAwait(false);
        AnalysisConsole.Write(console, run, summaryPath);
        return new AnalysisResult(run.Verdict.IsValid ? ExitCodes.Success : ExitCodes.InvalidRun, summaryPath, run);
    }

    /// <summary>
    /// Writes <c>summary.md</c>, <c>analysis.json</c> and <c>report.html</c> (which draws the charts) of an analysed run
    /// into its folder, the charts as PNG files when asked, and the ShiViz log of a valid run with vector clocks (ShiViz
    /// refuses clocks that break the rules); returns the summary's path.
    /// Cancellation is seen between one file and the next: each file is whole or absent.
    /// </summary>
    public static string WriteFiles(RunAnalysis run, bool pngCharts, CancellationToken cancellationToken = default)
    {
        var charts = RunChartSet.Of(run);
        var pngFiles = pngCharts ? PngCharts.Write(charts, run.Folder) : [];
        cancellationToken.ThrowIfCancellationRequested();
        var summaryPath = Path.Combine(run.Folder, SummaryMarkdown.FileName);
        var summary = SummaryMarkdown.Render(run, pngFiles);

        // The report shows summary.md as HTML: a thousand machines' tables take a while to read, beside the files written meanwhile.
        var summaryHtml = Task.Run(() => SummaryHtml.Render(summary), cancellationToken);
        AtomicFile.WriteAllText(summaryPath, summary);
        cancellationToken.ThrowIfCancellationRequested();
        AtomicFile.WriteAllText(Path.Combine(run.Folder, AnalysisJson.FileName), AnalysisJson.Serialize(run));
        if (run.Causality is not null && run.Verdict.IsValid)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (run.ShiViz ?? throw new InvalidOperationException("The run was analysed without the lines of its ShiViz log.")).Write(run.Folder);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReportHtml.Write(run, charts, summaryHtml.GetAwaiter().GetResult());
        return summaryPath;
    }
}
