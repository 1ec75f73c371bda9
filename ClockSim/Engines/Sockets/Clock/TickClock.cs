using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Clock;

/// <summary>
/// One clock for every machine of a run, on one dedicated thread: it sleeps until the earliest deadline (each machine's
/// tick k at its start phase plus k / rate after the start),
/// then runs every tick that has fallen due, machine by machine. A tick is a few microseconds of work,
/// so one thread keeps hundreds of machines on time where a timer and a thread-pool hop per machine
/// would not. A tick found overdue (after a pause of the process) runs at once, so the count of ticks
/// never drifts from rate × elapsed. It stops by itself at the end instant,
/// after the last tick due by then.
/// </summary>
internal sealed class TickClock(TimeProvider time, ITickWaiter waiter)
{
    /// <summary>Runs the clock on a dedicated thread.</summary>
    /// <returns><see langword="true"/> when the end instant was reached, <see langword="false"/> when cancelled first.</returns>
    public Task<bool> RunAsync(long startTimestamp, TimeSpan duration, IReadOnlyList<TickTarget> targets, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                completion.SetResult(Run(startTimestamp, duration, targets, cancellationToken));
            }
            catch (Exception e)
            {
                completion.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "ClockSim tick clock",
            Priority = ThreadPriority.AboveNormal,
        };
        thread.Start();
        return completion.Task;
    }

    /// <summary>Runs the clock on the calling thread until the end instant or cancellation.</summary>
    public bool Run(long startTimestamp, TimeSpan duration, IReadOnlyList<TickTarget> targets, CancellationToken cancellationToken)
    {
        var frequency = time.TimestampFrequency;
        var end = startTimestamp + (long)Math.Round(duration.TotalSeconds * frequency);
        var plans = targets.Select(t => t.Plan).ToArray();
        var schedules = plans.Select(p => new TickSchedule(p, startTimestamp, frequency)).ToArray();
        var durationNanoseconds = TickPhase.NanosecondsIn(duration);
        var lastTicks = plans.Select(p => p.CountBy(durationNanoseconds)).ToArray();
        var posted = new long[targets.Count];

        // Each machine's next tick's deadline, worked out once per tick posted: a wake-up compares, and only a machine
        // whose deadline has come works out how many of its ticks are due.
        var deadlines = schedules.Select((s, i) => lastTicks[i] > 0 ? s.DeadlineOf(1) : long.MaxValue).ToArray();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetTimestamp();
            var next = long.MaxValue;
            for (var i = 0; i < schedules.Length; i++)
            {
                if (deadlines[i] <= now)
                {
                    var due = Math.Min(schedules[i].DueBy(now), lastTicks[i]);
                    while (posted[i] < due)
                    {
                        targets[i].Tick(++posted[i]);
                    }

                    deadlines[i] = posted[i] < lastTicks[i] ? schedules[i].DeadlineOf(posted[i] + 1) : long.MaxValue;
                }

                next = Math.Min(next, deadlines[i]);
            }

            if (next == long.MaxValue)
            {
                if (now >= end)
                {
                    return true;
                }

                next = end;
            }

            var wait = time.GetElapsedTime(time.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
            {
                waiter.Wait(wait, cancellationToken);
            }
        }

        return false;
    }
}
