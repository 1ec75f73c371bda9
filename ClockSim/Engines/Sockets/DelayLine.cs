using ClockSim.Engines.Sockets.Clock;
using ClockSim.Model;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// Holds the messages the configured network delays, on the receiving side of the sockets: a message read from
/// a connection waits here until its sender's send instant plus its drawn delay, then joins its recipient's
/// queue. One thread of its own releases them, so neither the tick clock nor a socket reader ever waits; it
/// sleeps until the earliest release, is woken when an earlier one comes in, and finishes each wait with a
/// precise sleep, so a release is about a millisecond late at most.
/// </summary>
internal sealed class DelayLine : IDisposable
{
    /// <summary>Below this, the line sleeps precisely instead of waiting to be woken.</summary>
    private static readonly TimeSpan PreciseSpan = TimeSpan.FromMilliseconds(1);

    private readonly TimeProvider _time;
    private readonly LatencyHistogram _lateness;
    private readonly PriorityQueue<Held, (long Release, long Order)> _held = new();
    private readonly AutoResetEvent _changed = new(initialState: false);
    private readonly Lock _lock = new();
    private readonly List<Held> _inFlight = [];
    private Thread? _thread;
    private long _order;
    private long _end = long.MaxValue;
    private volatile bool _stopping;
    private bool _stopped;

    public DelayLine(TimeProvider time)
    {
        _time = time;
        _lateness = new LatencyHistogram(time.TimestampFrequency);
    }

    /// <summary>How late each release came, against the instant it was due.</summary>
    public LatencyHistogram Lateness => _lateness;

    /// <summary>
    /// Holds <paramref name="message"/> for machine <paramref name="recipient"/>'s <paramref name="inbox"/> until
    /// <paramref name="releaseTimestamp"/>. Once the line has stopped, the run's counts are taken or being taken: the
    /// message is then kept as in flight (<see cref="InFlight"/>) rather than released into a queue already counted.
    /// </summary>
    public void Hold(int recipient, IInbox inbox, in Message message, long releaseTimestamp)
    {
        var held = new Held(recipient, inbox, message, releaseTimestamp);
        lock (_lock)
        {
            if (_stopped)
            {
                _inFlight.Add(held);
                return;
            }

            _held.Enqueue(held, (releaseTimestamp, _order++));
            _thread ??= Start();

            // Woken under the lock, so Stop and Dispose cannot come between the enqueue and the signal.
            if (_held.Peek().Release == releaseTimestamp)
            {
                _changed.Set();
            }
        }
    }

    /// <summary>
    /// The run ended at <paramref name="endTimestamp"/>: from now on the line releases only messages due by then, so one
    /// due later stays held and <see cref="Stop"/> reports it in flight, as the virtual engine does, however long the
    /// connections take to drain.
    /// </summary>
    public void EndAt(long endTimestamp)
    {
        Volatile.Write(ref _end, endTimestamp);
        _changed.Set();
    }

    /// <summary>
    /// Stops releasing at the run's end: what was due by <paramref name="endTimestamp"/> joins its queue now; what
    /// was not stays on its way, in <see cref="InFlight"/>.
    /// </summary>
    public void Stop(long endTimestamp)
    {
        _stopping = true;
        _changed.Set();
        _thread?.Join();
        lock (_lock)
        {
            _stopped = true;
            while (_held.TryDequeue(out var held, out _))
            {
                if (held.Release <= endTimestamp)
                {
                    held.Inbox.Deliver(held.Message);
                }
                else
                {
                    _inFlight.Add(held);
                }
            }
        }
    }

    /// <summary>After <see cref="Stop"/>: the messages still on their way, with any held after it.</summary>
    public IReadOnlyList<Held> InFlight
    {
        get
        {
            lock (_lock)
            {
                return [.. _inFlight];
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stopped = true;
            _changed.Dispose();
        }
    }

    private Thread Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "ClockSim delay line", Priority = ThreadPriority.AboveNormal };
        thread.Start();
        return thread;
    }

    private void Run()
    {
        while (!_stopping)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _time.GetTimestamp();
                var end = Volatile.Read(ref _end);
                while (_held.TryPeek(out var due, out _) && due.Release <= now && due.Release <= end)
                {
                    _held.Dequeue();
                    due.Inbox.Deliver(due.Message);
                    _lateness.Record(due.Release, now);
                }

                wait = _held.TryPeek(out var next, out _) && next.Release <= end ? _time.GetElapsedTime(now, next.Release) : Timeout.InfiniteTimeSpan;
            }

            if (wait == Timeout.InfiniteTimeSpan || wait > PreciseSpan + PreciseSpan)
            {
                _changed.WaitOne(wait == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : wait - PreciseSpan);
            }
            else
            {
                PreciseSleep.For(wait);
            }
        }
    }

    /// <summary>A message waiting for its release instant, and the queue it goes to.</summary>
    internal readonly record struct Held(int Recipient, IInbox Inbox, Message Message, long Release);
}
