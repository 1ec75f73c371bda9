namespace ClockSim.Application;

/// <summary>
/// How a fault of the program itself, not of its input, ends a command: one <c>error:</c> line that names the fault and
/// says where its details (the exception with its stack trace) were written, and <see cref="ExitCodes.Failure"/>.
/// </summary>
internal static class InternalFault
{
    /// <summary>The file of a fault's details in a run folder, and the start of its name in the temporary folder.</summary>
    public const string FileName = "fault.log";

    /// <summary>A fault outside any run folder: its details go to the temporary folder.</summary>
    public static int Report(Exception fault) =>
        Report(fault, "ClockSim stopped on an internal fault",
            Path.Combine(Path.GetTempPath(), $"clocksim-{Environment.ProcessId}-{FileName}"), where: null);

    /// <summary>A fault that stopped a run early: its details go beside what the run recorded.</summary>
    public static int Report(Exception fault, string runFolder) =>
        Report(fault, "the run stopped early on an internal fault", Path.Combine(runFolder, FileName), $"What it recorded is in {DisplayPath.Of(runFolder)}");

    private static int Report(Exception fault, string what, string detailsPath, string? where)
    {
        string details;
        try
        {
            File.WriteAllText(detailsPath, fault.ToString());
            details = $"its details are in {DisplayPath.Of(detailsPath)}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            details = $"its details could not be written to {DisplayPath.Of(detailsPath)} ({e.Message})";
        }

        var cause = $"{what} ({fault.GetType().Name}: {fault.Message})";
        return UserError.Report(where is null ? $"{cause}; {details}." : $"{cause}. {where}; {details}.", ExitCodes.Failure);
    }
}
