using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>
/// A machine's network queue on virtual time: one thread delivers and takes, so a ring of messages does, without a
/// lock. A slot is not cleared when its message is taken (it is overwritten when the ring comes round): a queue
/// takes a message per tick, and clearing one is as much work as copying it.
/// </summary>
internal sealed class QueueInbox : IInbox
{
    private Message[] _ring = new Message[16];
    private int _head;
    private int _count;
    private long _arrived;

    public int Count => _count;

    public long Arrived => Volatile.Read(ref _arrived);

    public void Deliver(in Message message)
    {
        if (_count == _ring.Length)
        {
            Grow();
        }

        _ring[(_head + _count) & (_ring.Length - 1)] = message;
        _count++;
        Volatile.Write(ref _arrived, _arrived + 1);
    }

    public bool TryTake(out Message message)
    {
        if (_count == 0)
        {
            message = default;
            return false;
        }

        message = _ring[_head];
        _head = (_head + 1) & (_ring.Length - 1);
        _count--;
        return true;
    }

    public IReadOnlyList<Message> TakeRemaining()
    {
        var remaining = new Message[_count];
        for (var i = 0; i < remaining.Length; i++)
        {
            TryTake(out remaining[i]);
        }

        return remaining;
    }

    /// <summary>Doubles the ring (its length stays a power of two), the oldest message first.</summary>
    private void Grow()
    {
        var larger = new Message[_ring.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = _ring[(_head + i) & (_ring.Length - 1)];
        }

        _ring = larger;
        _head = 0;
    }
}
