namespace ClockSim.Cli;

/// <summary>How every command refuses bad input: one <c>error:</c> line on stderr and an exit code, never a stack trace.</summary>
internal static class UserError
{
    public static int Report(string message, int exitCode = ExitCodes.BadConfiguration)
    {
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
