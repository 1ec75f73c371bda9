using System.Text;

namespace ClockSim.Analysis.Report;

/// <summary>Text from a user's file set into Markdown outside a table, so that it reads as written rather than as markup.</summary>
internal static class MarkdownText
{
    /// <summary>The characters that can start emphasis, code, a link, HTML or a table cell, each escaped with a backslash.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
