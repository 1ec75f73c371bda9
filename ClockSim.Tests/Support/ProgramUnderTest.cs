namespace ClockSim.Tests.Support;

/// <summary>The program as a separate process starts it: its assembly beside the tests, run by the dotnet host.</summary>
internal static class ProgramUnderTest
{
    /// <summary>The program's assembly, <c>clocksim.dll</c>, copied beside the tests' own.</summary>
    public static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "clocksim.dll");
}
