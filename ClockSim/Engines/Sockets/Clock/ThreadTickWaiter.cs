using System.Runtime.InteropServices;

namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// Blocks the clock thread until a deadline. Long waits use an interruptible wait (so Ctrl+C ends them)
/// that wakes about a millisecond early; the last stretch is a precise sleep. On Linux that is
/// <c>nanosleep</c>, which wakes within about 60 µs, where the managed sleeps round to whole
/// milliseconds and .NET's async timers to a 4 ms grid here.
/// </summary>
internal sealed partial class ThreadTickWaiter : ITickWaiter
{
    private static readonly TimeSpan PreciseSpan = TimeSpan.FromMilliseconds(2);
    private static readonly bool HasNanosleep = OperatingSystem.IsLinux();

    public void Wait(TimeSpan duration, CancellationToken cancellationToken)
    {
        if (duration > PreciseSpan)
        {
            // Wake early; the clock asks again for what is left, and that goes to the precise branch.
            cancellationToken.WaitHandle.WaitOne((int)Math.Min(int.MaxValue, (duration - TimeSpan.FromMilliseconds(1)).TotalMilliseconds));
        }
        else if (HasNanosleep)
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
