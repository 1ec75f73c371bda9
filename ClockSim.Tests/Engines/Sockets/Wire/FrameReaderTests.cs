using System.Net;
using System.Net.Sockets;
using ClockSim.Model;
using ClockSim.Engines.Sockets.Wire;

namespace ClockSim.Tests.Engines.Sockets.Wire;

public sealed class FrameReaderTests : IAsyncLifetime
{
    private Socket _client = null!;
    private Socket _server = null!;

    public async Task InitializeAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        _client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var accept = listener.AcceptAsync();
        await _client.ConnectAsync(listener.LocalEndPoint!);
        _server = await accept;
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _server.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ReadAsync_FramesSplitAcrossWrites_ReadsEachWhole()
    {
        var bytes = Frames(Message(2, 1, 3), Message(2, 2, 4));
        var reader = new FrameReader(_server, Codec);

        foreach (var chunk in bytes.Chunk(7))
        {
            await _client.SendAsync(chunk);
        }

        _client.Shutdown(SocketShutdown.Send);

        Assert.Equal(3, (await reader.ReadAsync(CancellationToken.None))!.Value.Message.Clock);
        Assert.Equal(4, (await reader.ReadAsync(CancellationToken.None))!.Value.Message.Clock);
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_ConnectionClosedInsideAFrame_Throws()
    {
        var bytes = Frames(Message(2, 1, 3));
        await _client.SendAsync(bytes.AsMemory(0, bytes.Length - 1));
        _client.Shutdown(SocketShutdown.Send);

        await Assert.ThrowsAsync<InvalidFrameException>(() => new FrameReader(_server, Codec).ReadAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task ReadAsync_Garbage_Throws()
    {
        await _client.SendAsync("\x16\x03\x01garbage that is no frame"u8.ToArray());

        await Assert.ThrowsAsync<InvalidFrameException>(() => new FrameReader(_server, Codec).ReadAsync(CancellationToken.None).AsTask());
    }

    private static readonly FrameCodec Codec = new(machineCount: 3);

    private static Message Message(int sender, long sequence, long clock) =>
        new(sender, sequence, clock, 0) { Vector = Enumerable.Range(1, 3).Select(id => id == sender ? clock : 0L).ToArray() };

    private static byte[] Frames(params Message[] messages)
    {
        var buffer = new byte[Codec.MaxFrameLength];
        return [.. messages.SelectMany(m => buffer[..Codec.WriteMessage(buffer, m)])];
    }
}
