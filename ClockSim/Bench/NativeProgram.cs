using ClockSim.Application;

namespace ClockSim.Bench;

/// <summary>
/// Where the bench finds the native executable to measure beside the JIT build: <c>ClockSim/bin/native/clocksim</c> under
/// the repository, written by <c>dotnet publish ClockSim -c Release -o ClockSim/bin/native</c>. The bench does not publish
/// it itself (a minute and more of compiling); without it, the native figures are left out and the bench says why.
/// </summary>
internal static class NativeProgram
{
    public static readonly string RelativePath = Path.Combine("ClockSim", "bin", "native", "clocksim");

    public const string PublishCommand = "dotnet publish ClockSim -c Release -o ClockSim/bin/native";

    /// <summary>The native executable under the repository at or above <paramref name="currentDirectory"/>, or null when it is not there.</summary>
    public static string? Find(string currentDirectory)
    {
        var path = Path.Combine(ContentRoot.Find(currentDirectory), RelativePath);
        return File.Exists(path) ? path : null;
    }
}
