using System.Net.Sockets;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// The opening of every connection: each side sends a Hello with the run token and its machine id,
/// and reads the other's. Anything else, or nothing within the timeout, ends the connection.
/// </summary>
internal static class Handshake
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task SendHelloAsync(Socket socket, RunToken token, int machineId, CancellationToken cancellationToken)
    {
        var buffer = new byte[FrameCodec.HeaderLength + FrameCodec.HelloPayloadLength];
        var length = FrameCodec.WriteHello(buffer, token.Bytes, machineId);
        await socket.SendAsync(buffer.AsMemory(0, length), SocketFlags.None, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the peer's Hello and returns its machine id once the token matches.</summary>
    /// <exception cref="InvalidFrameException">The peer sent something else, a wrong token, or closed.</exception>
    public static async Task<int> ReadHelloAsync(FrameReader reader, RunToken token, CancellationToken cancellationToken)
    {
        var frame = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidFrameException("the connection closed before the handshake");
        if (frame.Kind != FrameKind.Hello)
        {
            throw new InvalidFrameException($"the first frame is a {frame.Kind}, not a Hello");
        }

        if (!token.Matches(frame.Token))
        {
            throw new InvalidFrameException("the handshake carries the wrong run token");
        }

        return frame.MachineId;
    }
}
