using System.Runtime.InteropServices;

namespace ClockSim.Application;

/// <summary>
/// The files and sockets this process holds open, and how many the system lets it hold at once (its open-file limit,
/// <c>ulimit -n</c>, which the runtime raises to the hard limit as it starts). Linux and macOS only; elsewhere there is
/// no such limit to tell.
/// </summary>
internal static partial class OpenFiles
{
    private const int LinuxOpenFileResource = 7;
    private const int MacOpenFileResource = 8;

    /// <summary>How many files and sockets this process may hold open at once; null where that is unknown or unlimited.</summary>
    public static long? Limit()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return null;
        }

        try
        {
            return GetResourceLimit(OperatingSystem.IsMacOS() ? MacOpenFileResource : LinuxOpenFileResource, out var limit) == 0 && limit.Current < long.MaxValue
                ? (long)limit.Current
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>How many this process holds open now, from the system's list of them; 0 where it has none to read.</summary>
    public static int Open()
    {
        try
        {
            return OperatingSystem.IsLinux() ? Directory.GetFileSystemEntries("/proc/self/fd").Length
                : OperatingSystem.IsMacOS() ? Directory.GetFileSystemEntries("/dev/fd").Length
                : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "getrlimit")]
    private static partial int GetResourceLimit(int resource, out ResourceLimit limit);
}
