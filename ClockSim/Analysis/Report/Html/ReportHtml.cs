using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClockSim.Analysis.Charts;
using ClockSim.Recording;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (styles, scripts and data inline; no request leaves it) that
/// draws the run's space-time diagram and its charts and shows the summary. The page is <c>Page/report.html</c> with slots
/// <c>&lt;!--clocksim:NAME--&gt;</c>, filled in order; the data, the one part that grows with the run, streams to the file.
/// </summary>
internal static partial class ReportHtml
{
    public const string FileName = "report.html";

    /// <returns>The path of the report.</returns>
    /// <param name="summary">summary.md as HTML, from <see cref="SummaryHtml.Render"/>.</param>
    public static string Write(RunAnalysis run, RunChartSet charts, (string Head, string Body) summary)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (head, body) = summary;
        var name = WebUtility.HtmlEncode(Path.GetFileName(Path.TrimEndingDirectorySeparator(run.Folder)));
        var slots = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
        {
            ["run"] = Text(name),
            ["verdict"] = Text(VerdictText.Word(run.Verdict)),
            ["styles"] = Text(ReportAssets.Read(ReportAssets.Styles)),
            ["summary-head"] = Text(head),
            ["summary-body"] = Text(body),
            ["data"] = stream => ReportData.Write(stream, run, charts),
            ["scripts"] = Text(string.Concat(ReportAssets.Scripts.Select(script => $"<script>\n{ReportAssets.Read(script)}</script>\n"))),
        };

        var path = Path.Combine(run.Folder, FileName);
        var page = ReportAssets.Read(ReportAssets.Template);
        AtomicFile.Write(path, stream =>
        {
            var at = 0;
            foreach (Match slot in Slot().Matches(page))
            {
                Text(page[at..slot.Index])(stream);
                slots[slot.Groups[1].Value](stream);
                at = slot.Index + slot.Length;
            }

            Text(page[at..])(stream);
        });
        return path;
    }

    private static Action<Stream> Text(string text) => stream => stream.Write(Encoding.UTF8.GetBytes(text));

    [GeneratedRegex("<!--clocksim:([a-z-]+)-->")]
    private static partial Regex Slot();
}
