
namespace ClockSim.Application;

/// <summary>
/// How every command refuses bad input: one <c>error:</c> line on stderr and an exit code, never a stack trace. The line
/// may quote a file's content or a folder's name, so a control character in it is shown, never obeyed.
/// </summary>
internal static class UserError
{
    public static int Report(string message, int exitCode = ExitCodes.BadConfiguration)
    {
        Console.Error.WriteLine(ConsoleText.Line($"error: {message}"));
        return exitCode;
    }
}
