using System.Net.Sockets;
using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// An established, authenticated connection to one peer. The owning machine's tick loop is its only
/// writer; its reader belongs to the network of that machine.
/// </summary>
internal sealed class PeerConnection(int peerId, Socket socket, FrameReader reader) : IDisposable
{
    private bool _broken;

    public int PeerId { get; } = peerId;

    public FrameReader Reader { get; } = reader;

    /// <summary>Sends one message; returns <see langword="false"/> when the connection is gone.</summary>
    public bool TrySend(in Message message)
    {
        if (_broken)
        {
            return false;
        }

        Span<byte> frame = stackalloc byte[Reader.Codec.MaxFrameLength];
        var length = Reader.Codec.WriteMessage(frame, message);
        try
        {
            socket.Send(frame[..length]);
            return true;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            _broken = true;
            return false;
        }
    }

    /// <summary>Tells the peer that nothing more will be sent, so its reader ends after the last message.</summary>
    public void CompleteSending()
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
