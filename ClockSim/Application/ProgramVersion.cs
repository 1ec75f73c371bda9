using System.Reflection;

namespace ClockSim.Application;

/// <summary>
/// The program's version as <c>--version</c> prints it: the assembly's informational version, which the build ends with
/// the commit it was built from (<c>1.0.0+7c7977f…</c>), so two builds of different code tell themselves apart.
/// </summary>
internal static class ProgramVersion
{
    public static string Text { get; } =
        typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProgramVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
