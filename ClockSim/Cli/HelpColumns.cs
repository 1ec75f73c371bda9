namespace ClockSim.Cli;

/// <summary>Two aligned columns, the second wrapped at the terminal's width, as the generated help lays out options.</summary>
internal static class HelpColumns
{
    private const string Indent = "  ";
    private const string Gap = "  ";

    public static void Write(TextWriter output, IReadOnlyList<(string First, string Second)> rows)
    {
        var firstWidth = rows.Max(r => r.First.Length);
        var width = Console.IsOutputRedirected ? int.MaxValue : Math.Max(Console.WindowWidth, 40);
        var secondWidth = Math.Max(20, width - Indent.Length - firstWidth - Gap.Length - 1);
        foreach (var (first, second) in rows)
        {
            var lines = Wrap(second, secondWidth);
            output.WriteLine(Indent + first.PadRight(firstWidth) + Gap + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', Indent.Length + firstWidth + Gap.Length) + line);
            }
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width)
            {
                lines.Add("");
            }

            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        return lines;
    }
}
