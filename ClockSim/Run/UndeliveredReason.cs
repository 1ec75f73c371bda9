namespace ClockSim.Run;

/// <summary>Why a message sent was never received; the values of <c>undelivered.csv</c>'s <c>Reason</c> column.</summary>
internal enum UndeliveredReason
{
    /// <summary>The network lost it (<c>LossRate</c>).</summary>
    Loss,

    /// <summary>It was sent across a partition.</summary>
    Partition,

    /// <summary>It reached its recipient's queue, but the run ended before a tick took it.</summary>
    InQueueAtEnd,

    /// <summary>It was still on its way, held by its delay, when the run ended.</summary>
    InFlightAtEnd,
}
