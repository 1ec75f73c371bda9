using System.Reflection;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The page's own files, kept in <c>Page/</c> as real HTML, CSS and JavaScript (so editors and linters read them) and
/// embedded in the assembly, so a report can be written wherever the program runs.
/// </summary>
internal static class ReportAssets
{
    /// <summary>The scripts in the order the page loads them: each may use what the ones before it define.</summary>
    public static readonly IReadOnlyList<string> Scripts = ["data.js", "causality.js", "details.js", "diagram.js", "overview.js", "charts.js", "page.js"];

    public const string Template = "report.html";

    public const string Styles = "report.css";

    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClockSim.Report." + name)
            ?? throw new InvalidOperationException($"The report asset '{name}' is not embedded in the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
