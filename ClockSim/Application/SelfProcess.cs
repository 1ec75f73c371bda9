using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace ClockSim.Application;

/// <summary>Starts this program again as a child process, whether it runs as an app host or under <c>dotnet</c>, and stops one as Ctrl+C would.</summary>
internal static partial class SelfProcess
{
    private const int SignalInterrupt = 2;

    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!);
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            // Under the dotnet host the program is its assembly beside the runtime's files; a native or app-host build is the process itself.
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, Assembly.GetEntryAssembly()!.GetName().Name + ".dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>
    /// Sends the child SIGINT, as Ctrl+C in its own terminal would: it stops ticking and writes a complete, interrupted run
    /// folder. Where there are no signals (Windows) the child is ended instead.
    /// </summary>
    public static void Interrupt(Process child)
    {
        if (child.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            child.Kill(entireProcessTree: true);
        }
        else
        {
            _ = Kill(child.Id, SignalInterrupt);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
