using System.Runtime.InteropServices;

namespace ClockSim.Bench;

/// <summary>
/// What the system counted for this process's finished children: CPU time and the largest peak resident set
/// among them. It is measured from outside the child, as <c>/usr/bin/time</c> does, so it holds everything the
/// child's process did, from the runtime's start to its exit. Linux only (getrusage with RUSAGE_CHILDREN).
/// </summary>
internal sealed partial record ChildResourceUsage(TimeSpan UserCpu, TimeSpan SystemCpu, long PeakResidentKilobytes)
{
    private const int ChildrenOfThisProcess = -1;

    // struct rusage on Linux x64: ru_utime and ru_stime (two timevals of two longs each), ru_maxrss, then 13 more longs.
    private const int Fields = 18;

    public TimeSpan Cpu => UserCpu + SystemCpu;

    /// <summary>The usage of every child this process has waited for, or null where the system cannot tell.</summary>
    public static ChildResourceUsage? OfFinishedChildren()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        Span<long> usage = stackalloc long[Fields];
        if (GetResourceUsage(ChildrenOfThisProcess, usage) != 0)
        {
            return null;
        }

        // ru_maxrss is in kilobytes on Linux.
        return new ChildResourceUsage(Time(usage[0], usage[1]), Time(usage[2], usage[3]), usage[4]);
    }

    private static TimeSpan Time(long seconds, long microseconds) =>
        TimeSpan.FromSeconds(seconds) + TimeSpan.FromMicroseconds(microseconds);

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, Span<long> usage);
}
