using System.Runtime.InteropServices;

namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// A wait that ends at its deadline, within the kernel's timer slack (about 50 µs), or as soon as a token fires, in one
/// wake-up: <c>ppoll</c> with a nanosecond timeout on an eventfd that the token's cancellation writes to. The managed
/// waits round to whole milliseconds, so a precise wait took two wake-ups before: a millisecond wait, then a short
/// sleep. Linux only (<see cref="IsSupported"/>). Once the token has fired, every later wait returns at once.
/// </summary>
internal sealed partial class PollSleeper : IDisposable
{
    private const short PollIn = 0x001;
    private const int EventFdCloseOnExec = 0x80000;
    private const int EventFdNonBlocking = 0x800;

    private readonly int _eventFd;

    public PollSleeper()
    {
        _eventFd = eventfd(0, EventFdCloseOnExec | EventFdNonBlocking);
        if (_eventFd < 0)
        {
            throw new IOException($"eventfd failed with error {Marshal.GetLastPInvokeError()}.");
        }
    }

    public static bool IsSupported { get; } = OperatingSystem.IsLinux();

    public void Wait(TimeSpan duration, CancellationToken cancellationToken)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        using var registration = cancellationToken.UnsafeRegister(static sleeper => ((PollSleeper)sleeper!).Wake(), this);
        var poll = new PollFd(_eventFd, PollIn, 0);
        var timeout = new TimeSpec(duration.Ticks / TimeSpan.TicksPerSecond, duration.Ticks % TimeSpan.TicksPerSecond * 100);
        _ = ppoll(ref poll, 1, in timeout, IntPtr.Zero);
    }

    public void Dispose() => _ = close(_eventFd);

    private void Wake()
    {
        long one = 1;
        _ = write(_eventFd, ref one, sizeof(long));
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int eventfd(uint initialValue, int flags);

    [LibraryImport("libc")]
    private static partial int ppoll(ref PollFd fds, nuint count, in TimeSpec timeout, IntPtr signalMask);

    [LibraryImport("libc")]
    private static partial nint write(int fd, ref long value, nint count);

    [LibraryImport("libc")]
    private static partial int close(int fd);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct PollFd(int Fd, short Events, short ReturnedEvents);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct TimeSpec(long Seconds, long Nanoseconds);
}
