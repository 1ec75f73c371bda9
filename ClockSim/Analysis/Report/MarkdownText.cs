using System.Text;

namespace ClockSim.Analysis.Report;

/// <summary>Text from a user's file set into Markdown outside a table, so that it reads as written rather than as markup.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// The characters that can start emphasis, code, a link, HTML, an entity or a table cell, each escaped with a
    /// backslash; a line break or other control character becomes a space, so a title or a cell stays on its one line.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                escaped.Append(' ');
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '&' or '!' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
