namespace ClockSim.Machines;

/// <summary>
/// Blocks the clock thread on the OS timer, which wakes about 0.1 ms after the requested millisecond
/// here, where .NET's async timers keep a 4 ms grid. Rounding up means a tick is never early.
/// </summary>
internal sealed class ThreadTickWaiter : ITickWaiter
{
    public void Wait(TimeSpan duration, CancellationToken cancellationToken)
    {
        var milliseconds = (int)Math.Min(int.MaxValue, Math.Ceiling(duration.TotalMilliseconds));
        if (milliseconds > 0)
        {
            cancellationToken.WaitHandle.WaitOne(milliseconds);
        }
    }
}
