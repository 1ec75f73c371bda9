using System.Collections.Concurrent;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// The arrays that hold the vector clocks of the messages one machine receives, used again and again: a connection
/// reader decodes each message's vector into one (<see cref="Rent"/>), and the machine's <see cref="ChannelInbox"/>
/// gives it back once the machine has taken the next message, by which time its tick has merged the vector and kept
/// nothing of it. A steady run then allocates nothing per received message. Safe across threads: the readers rent on
/// the socket threads, the inbox returns on the tick clock's.
/// </summary>
internal sealed class ReceivedVectors(int machineCount)
{
    private readonly ConcurrentQueue<long[]> _free = new();

    /// <summary>An array of one entry per machine, whose contents are the last vector it held.</summary>
    public long[] Rent() => _free.TryDequeue(out var vector) ? vector : new long[machineCount];

    /// <summary>Takes back an array of <see cref="Rent"/> that nothing reads any more; one of another length is left alone.</summary>
    public void Return(long[] vector)
    {
        if (vector.Length == machineCount)
        {
            _free.Enqueue(vector);
        }
    }
}
