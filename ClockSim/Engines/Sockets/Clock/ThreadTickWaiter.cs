namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// Blocks the clock thread until a deadline, and ends the wait when the run is cancelled (Ctrl+C). On Linux that is
/// one <see cref="PollSleeper"/> wait. Elsewhere a long wait is an interruptible wait that wakes about a millisecond
/// early, and the clock asks again for what is left, which goes to a <see cref="PreciseSleep"/>.
/// </summary>
internal sealed class ThreadTickWaiter : ITickWaiter, IDisposable
{
    private static readonly TimeSpan PreciseSpan = TimeSpan.FromMilliseconds(2);

    private readonly PollSleeper? _poll = PollSleeper.IsSupported ? new PollSleeper() : null;

    public void Wait(TimeSpan duration, CancellationToken cancellationToken)
    {
        if (_poll is not null)
        {
            _poll.Wait(duration, cancellationToken);
        }
        else if (duration > PreciseSpan)
        {
            cancellationToken.WaitHandle.WaitOne((int)Math.Min(int.MaxValue, (duration - TimeSpan.FromMilliseconds(1)).TotalMilliseconds));
        }
        else
        {
            PreciseSleep.For(duration);
        }
    }

    public void Dispose() => _poll?.Dispose();
}
