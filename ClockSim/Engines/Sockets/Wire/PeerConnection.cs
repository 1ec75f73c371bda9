using System.Net.Sockets;
using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// An established, authenticated connection to one peer. The owning machine's tick loop writes its messages, and the
/// clocks' synchronisation its own (the time server answers from a reader), one whole frame at a time under a lock; its
/// reader belongs to the network of that machine, and keeps how far it has read, so that what the
/// peer sent and was never read can be accounted for at the end.
/// </summary>
internal sealed class PeerConnection(int peerId, Socket socket, FrameReader reader) : IDisposable
{
    private readonly Lock _sendLock = new();
    private bool _broken;
    private volatile bool _readingStopped;
    private volatile bool _readToEnd;
    private long _readThrough;

    public int PeerId { get; } = peerId;

    public FrameReader Reader { get; } = reader;

    /// <summary>
    /// Held by the reader while it hands one message on, and by <see cref="StopReading"/>: once that returns, no
    /// message of this connection reaches a queue or the delay line any more.
    /// </summary>
    public Lock ReadGate { get; } = new();

    /// <summary>Whether the reader must hand nothing more on; checked under <see cref="ReadGate"/>.</summary>
    public bool ReadingStopped => _readingStopped;

    /// <summary>
    /// The sequence of the last message the reader handed on, 0 before the first. A sender's sequences rise and the
    /// connection keeps their order, so every message the peer sent here after it was never handed on.
    /// </summary>
    public long ReadThrough => Volatile.Read(ref _readThrough);

    /// <summary>Whether the reader reached the peer's end of sending: then it handed on everything the peer sent.</summary>
    public bool ReadToEnd => _readToEnd;

    /// <summary>The reader handed on the message of <paramref name="sequence"/>; called under <see cref="ReadGate"/>.</summary>
    public void MarkRead(long sequence) => Volatile.Write(ref _readThrough, sequence);

    /// <summary>The reader met the peer's end of sending.</summary>
    public void MarkReadToEnd() => _readToEnd = true;

    /// <summary>From now on the reader hands nothing more on; a message it is handing on now still arrives.</summary>
    public void RequestStopReading() => _readingStopped = true;

    /// <summary>
    /// Stops the reader for good: waits for the message it may be handing on (a queue or the delay line takes it at
    /// once), and from then on it hands nothing on, so <see cref="ReadThrough"/> is final.
    /// </summary>
    public void StopReading()
    {
        // Taken once the reader is between messages: it sees the stop at its next one.
        lock (ReadGate)
        {
            _readingStopped = true;
        }
    }

    /// <summary>Sends one message; returns <see langword="false"/> when the connection is gone.</summary>
    public bool TrySend(in Message message)
    {
        Span<byte> frame = stackalloc byte[Reader.Codec.MaxFrameLength];
        return TrySendFrame(frame[..Reader.Codec.WriteMessage(frame, message)]);
    }

    /// <summary>Sends one message of the clocks' synchronisation; returns <see langword="false"/> when the connection is gone.</summary>
    public bool TrySendSync(in SyncMessage sync)
    {
        Span<byte> frame = stackalloc byte[FrameCodec.HeaderLength + FrameCodec.SyncPayloadLength];
        return TrySendFrame(frame[..FrameCodec.WriteSync(frame, sync)]);
    }

    /// <summary>Writes one whole encoded frame; returns <see langword="false"/> when the connection is gone.</summary>
    public bool TrySendFrame(ReadOnlySpan<byte> frame)
    {
        lock (_sendLock)
        {
            if (_broken)
            {
                return false;
            }

            try
            {
                socket.Send(frame);
                return true;
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                _broken = true;
                return false;
            }
        }
    }

    /// <summary>Tells the peer that nothing more will be sent, so its reader ends after the last message.</summary>
    public void CompleteSending()
    {
        lock (_sendLock)
        {
            CompleteSendingLocked();
        }
    }

    private void CompleteSendingLocked()
    {
        try
        {
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The peer is already gone: there is nothing left to tell it.
            _broken = true;
        }
    }

    public void Dispose() => socket.Dispose();
}
