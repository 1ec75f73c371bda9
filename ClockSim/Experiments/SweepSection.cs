using System.Text;
using ClockSim.Sweeps;

namespace ClockSim.Experiments;

/// <summary>The generated block of the notebook for one committed sweep: what ran, the overview of its figures, links to its charts.</summary>
internal static class SweepSection
{
    /// <param name="resultsFolder">The sweep's results folder, to find its charts.</param>
    /// <param name="linkBase">The path from the document to that folder, ending in a slash.</param>
    public static string Render(SweepSummary summary, string resultsFolder, string linkBase)
    {
        var text = new StringBuilder();
        text.Append(SweepMarkdown.Header(summary, linkBase)).Append(" Every figure of every combination in `").Append(linkBase).Append(SweepMarkdown.FileName)
            .Append("`, every run in `").Append(linkBase).Append(RunsCsv.FileName).Append("`.\n\n");
        text.Append(SweepMarkdown.Overview(summary));
        var charts = Directory.Exists(resultsFolder) ? Directory.GetFiles(resultsFolder, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray() : [];
        if (charts.Length > 0)
        {
            text.Append("\nCharts: ").AppendJoin(", ", charts.Select(c => $"[`{c}`]({linkBase}{c})")).Append(".\n");
        }

        return text.ToString();
    }
}
