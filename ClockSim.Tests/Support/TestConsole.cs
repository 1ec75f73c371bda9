using Spectre.Console;

namespace ClockSim.Tests.Analysis;

/// <summary>A Spectre console that writes plain text to a string, wide enough that tables never fold.</summary>
internal sealed class TestConsole
{
    private readonly StringWriter _text = new();

    public TestConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(_text),
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = 200;
    }

    public IAnsiConsole Console { get; }

    public string Output => _text.ToString();
}
