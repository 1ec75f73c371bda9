using System.Text;
using ClockSim.Application;

namespace ClockSim.Analysis.Report;

/// <summary>A GitHub-style Markdown table: the first column left-aligned, the figures right-aligned (or every column left-aligned, for text).</summary>
internal static class MarkdownTable
{
    /// <param name="allText">Whether every column holds text, and so is left-aligned.</param>
    public static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, bool allText = false)
    {
        var text = new StringBuilder();
        Line(text, headers);
        Line(text, [.. headers.Select((_, i) => i == 0 || allText ? ":---" : "---:")]);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells) =>
        text.Append("| ").AppendJoin(" | ", cells.Select(c => MarkdownText.OneLine(c).Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
}
