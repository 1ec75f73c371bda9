namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// Blocks the clock thread until a deadline. Long waits use an interruptible wait (so Ctrl+C ends them)
/// that wakes about a millisecond early; the last stretch is a <see cref="PreciseSleep"/>.
/// </summary>
internal sealed class ThreadTickWaiter : ITickWaiter
{
    private static readonly TimeSpan PreciseSpan = TimeSpan.FromMilliseconds(2);

    public void Wait(TimeSpan duration, CancellationToken cancellationToken)
    {
        if (duration > PreciseSpan)
        {
            // Wake early; the clock asks again for what is left, and that goes to the precise branch.
            cancellationToken.WaitHandle.WaitOne((int)Math.Min(int.MaxValue, (duration - TimeSpan.FromMilliseconds(1)).TotalMilliseconds));
        }
        else
        {
            PreciseSleep.For(duration);
        }
    }
}
