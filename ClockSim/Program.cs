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
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // A disk that fills up or a folder that vanishes mid-run: say what failed, not where in the code.
    return UserError.Report(e.Message, ExitCodes.Failure);
}
