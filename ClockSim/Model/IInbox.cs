namespace ClockSim.Model;

/// <summary>
/// A machine's network queue as its rules see it: messages wait here from the moment they arrive until a
/// tick takes one. Each engine provides its own (a lock-free channel for real sockets, a plain queue for
/// virtual time).
/// </summary>
internal interface IInbox
{
    /// <summary>Messages waiting.</summary>
    int Count { get; }

    /// <summary>Messages that have arrived since the run began, whether taken or still waiting.</summary>
    long Arrived { get; }

    /// <summary>Puts a message that has just arrived at the back of the queue.</summary>
    void Deliver(in Message message);

    /// <summary>Takes the oldest waiting message, if any.</summary>
    bool TryTake(out Message message);

    /// <summary>Takes every message still waiting, oldest first: once the run is over, to account for each.</summary>
    IReadOnlyList<Message> TakeRemaining();
}
