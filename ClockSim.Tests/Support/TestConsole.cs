using Spectre.Console;

namespace ClockSim.Tests.Support;

/// <summary>A Spectre console that writes plain text to a string, as a terminal of <c>width</c> columns would show it.</summary>
internal sealed class TestConsole
{
    /// <summary>The narrowest terminal every table must fit.</summary>
    public const int Narrow = 80;

    private readonly StringWriter _text = new();

    public TestConsole(int width = 200)
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(_text),
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = width;
    }

    public IAnsiConsole Console { get; }

    public string Output => _text.ToString();

    public IReadOnlyList<string> Lines => Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    /// <summary>Asserts that no line is wider than the console and that no cell was cut short with an ellipsis.</summary>
    public void AssertFits()
    {
        Assert.All(Lines, line => Assert.True(line.Length <= Console.Profile.Width, $"{line.Length} columns: {line}"));
        Assert.DoesNotContain('…', Output);
    }
}
