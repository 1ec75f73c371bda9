using ClockSim.Cli;
using ClockSim.Application;

RuntimeTuning.Apply();
if (Console.IsOutputRedirected)
{
    // A file has no width: wide enough that no table is ever folded.
    Spectre.Console.AnsiConsole.Profile.Width = 200;
}

try
{
    return await CommandLine.RunAsync(args).ConfigureAwait(false);
}
catch (Exception e) when (Unwrapped(e) is IOException or UnauthorizedAccessException)
{
    // A disk that fills up or a folder that vanishes mid-run: say what failed, not where in the code.
    return UserError.Report(Unwrapped(e).Message, ExitCodes.Failure);
}
catch (Exception e)
{
    // A fault of the program itself: one line, and its details in a file.
    return InternalFault.Report(Unwrapped(e));
}

// A host that stops with one service's error throws it wrapped.
static Exception Unwrapped(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e;
