using System.Globalization;
using System.Text;

namespace ClockSim.Application;

/// <summary>
/// Text from files and settings made safe for a terminal: a control character (an escape sequence that would clear the
/// screen or retitle the window, a bell, a carriage return that overwrites the line) is shown as <c>\u001B</c>-style text
/// instead of being obeyed, and so is a character that reorders the text around it (a bidirectional override). Every console line that carries text ClockSim did not write itself goes through here.
/// </summary>
internal static class ConsoleText
{
    /// <summary>The text with every control character but the line break shown as text.</summary>
    public static string Safe(string text) => Escape(text, keepLineBreaks: true);

    /// <summary>The text on one line: line breaks shown as text too.</summary>
    public static string Line(string text) => Escape(text, keepLineBreaks: false);

    private static string Escape(string text, bool keepLineBreaks)
    {
        if (!text.Any(c => IsUnsafe(c, keepLineBreaks)))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c, keepLineBreaks))
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static bool IsUnsafe(char c, bool keepLineBreaks) => c switch
    {
        '\n' => !keepLineBreaks,
        '\t' => false,
        _ => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'),
    };
}
