using System.Text;

namespace ClockSim.Application;

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

    /// <summary>
    /// The text as inline code, <c>`like this`</c>: fenced with one more backtick than its longest run of them, so no
    /// backtick in it ends the span, and on one line.
    /// </summary>
    public static string Code(string text)
    {
        var line = OneLine(text);
        var fence = new string('`', LongestRun(line, '`') + 1);
        var pad = line.StartsWith('`') || line.EndsWith('`') ? " " : "";
        return fence + pad + line + pad + fence;
    }

    /// <summary>A fenced code block of <paramref name="language"/> holding <paramref name="content"/> as it is: its fence is longer than any run of backticks in it.</summary>
    public static string Block(string content, string language)
    {
        var fence = new string('`', Math.Max(3, LongestRun(content, '`') + 1));
        return fence + language + "\n" + content + "\n" + fence + "\n";
    }

    /// <summary>The text with every line break and other control character as a space.</summary>
    public static string OneLine(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || source[i] is '\u2028' or '\u2029' ? ' ' : source[i];
            }
        });

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
