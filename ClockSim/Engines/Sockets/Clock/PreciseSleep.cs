using System.Runtime.InteropServices;

namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// A short sleep that ends close to when it should. On Linux that is <c>nanosleep</c>, which wakes within the kernel's
/// timer slack, where the managed sleeps round to whole milliseconds and .NET's async timers to a coarser grid.
/// Meant for the last millisecond or two before a deadline; it cannot be interrupted.
/// </summary>
internal static partial class PreciseSleep
{
    private static readonly bool HasNanosleep = OperatingSystem.IsLinux();

    public static void For(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        if (HasNanosleep)
        {
            var request = new TimeSpec(0, duration.Ticks * 100);
            _ = nanosleep(in request, IntPtr.Zero);
        }
        else
        {
            Thread.Sleep((int)Math.Ceiling(duration.TotalMilliseconds));
        }
    }

    [LibraryImport("libc", EntryPoint = "nanosleep")]
    private static partial int nanosleep(in TimeSpec request, IntPtr remaining);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct TimeSpec(long Seconds, long Nanoseconds);
}
