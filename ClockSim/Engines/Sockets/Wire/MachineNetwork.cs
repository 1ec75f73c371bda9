using System.Net;
using System.Net.Sockets;
using ClockSim.Clocks;
using ClockSim.Machines;
using ClockSim.Model;
using ClockSim.Run;
using Microsoft.Extensions.Logging;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// One machine's side of the full mesh: a loopback listener on an ephemeral port, one connection per
/// pair of machines (the higher id dials the lower), and a reader per connection that puts each message
/// on the machine's queue the moment it arrives, whatever the machine's tick rate, or hands it to the
/// delay line when the configured network delays it. At the end its readers are stopped for good, and each
/// link read short of its end is reported (<see cref="StopReadingAsync"/>), so what was never read is still counted.
/// </summary>
internal sealed partial class MachineNetwork : IMessageTransport, IAsyncDisposable
{
    private readonly int _id;
    private readonly int _machineCount;
    private readonly RunToken _token;
    private readonly FrameCodec _codec;
    private readonly PeerDirectory _directory;
    private readonly IInbox _inbox;
    private readonly ReceivedVectors _vectors;
    private readonly TimeProvider _time;
    private readonly LatencyHistogram _latency;
    private readonly DelayLine _delayLine;
    private readonly RunTimeline _timeline;
    private readonly ILogger _logger;
    private readonly RefusalLog _refusals;
    private readonly CristianSync? _sync;
    private readonly PeerConnection?[] _connections;
    private readonly List<Task> _readers = [];
    private readonly TaskCompletionSource _meshComplete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _shutdown = new();
    private Socket? _listener;
    private Task _acceptLoop = Task.CompletedTask;
    private int _connected;
    private volatile bool _closing;

    public MachineNetwork(
        int id,
        int machineCount,
        RunToken token,
        FrameCodec codec,
        PeerDirectory directory,
        IInbox inbox,
        ReceivedVectors vectors,
        TimeProvider time,
        LatencyHistogram latency,
        DelayLine delayLine,
        RunTimeline timeline,
        ILogger logger,
        RefusalLog refusals,
        CristianSync? sync)
    {
        _sync = sync;
        _id = id;
        _machineCount = machineCount;
        _token = token;
        _codec = codec;
        _directory = directory;
        _inbox = inbox;
        _vectors = vectors;
        _time = time;
        _latency = latency;
        _delayLine = delayLine;
        _timeline = timeline;
        _logger = logger;
        _refusals = refusals;
        _connections = new PeerConnection?[machineCount + 1];
    }

    /// <summary>The listening port, once <see cref="Listen"/> has run.</summary>
    public int Port { get; private set; }

    int? IMessageTransport.Port => Port;

    /// <summary>Completes when this machine is connected to every other.</summary>
    public Task MeshComplete => _meshComplete.Task;

    /// <summary>Opens the loopback listener and publishes its port, so peers can dial it.</summary>
    public void Listen()
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(_machineCount + 16);
        Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        _acceptLoop = AcceptLoopAsync(_listener, _shutdown.Token);
        _directory.Publish(_id, Port);
    }

    /// <summary>Dials every machine with a lower id, then waits until every higher id has dialled in.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        for (var peer = 1; peer < _id; peer++)
        {
            await DialAsync(peer, cancellationToken).ConfigureAwait(false);
        }

        await _meshComplete.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a message to one peer. A connection that is gone has been reported already; the message then stays sent but is never read, and the run counts it in flight (<see cref="StopReadingAsync"/>).</summary>
    public void Send(int recipient, in Message message) => _connections[recipient]?.TrySend(message);

    /// <summary>A message is encoded into its frame before a send returns.</summary>
    public bool SendsAtOnce => true;

    /// <summary>Sends a message to each peer in turn: the frame is encoded once and every connection writes the same bytes.</summary>
    public void SendToAll(MachineSet recipients, in Message message)
    {
        Span<byte> frame = stackalloc byte[_codec.MaxFrameLength];
        frame = frame[.._codec.WriteMessage(frame, message)];
        foreach (var recipient in recipients)
        {
            _connections[recipient]?.TrySendFrame(frame);
        }
    }

    /// <summary>Sends a message of the clocks' synchronisation to one peer; one that cannot be sent is never answered.</summary>
    public void SendSync(int recipient, in SyncMessage message) => _connections[recipient]?.TrySendSync(message);

    /// <summary>
    /// The run is ending: peers closing their side is expected from now on, so it is not reported as a fault.
    /// </summary>
    public void ExpectClose() => _closing = true;

    /// <summary>Sends no more: each peer's reader ends once it has every message this machine sent.</summary>
    public void CompleteSending()
    {
        foreach (var connection in _connections)
        {
            connection?.CompleteSending();
        }
    }

    /// <summary>
    /// Waits until every message sent to this machine has arrived or the timeout passes. After a timeout the readers
    /// hand nothing more on, so what is not read by now stays in flight; a message being handed on still arrives.
    /// </summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        if (!await ReadersEndWithinAsync(timeout).ConfigureAwait(false))
        {
            foreach (var connection in _connections)
            {
                connection?.RequestStopReading();
            }

            LogDrainTimedOut(_logger, _id, timeout.TotalSeconds);
        }
    }

    /// <summary>
    /// Stops every reader for good: none hands a message on after this, the connections and the listener close, and
    /// the readers are awaited for up to <paramref name="timeout"/>. Call after <see cref="DrainAsync"/>.
    /// </summary>
    /// <returns>The links into this machine read short of their end, each with the last message read on it.</returns>
    public async Task<IReadOnlyList<UnreadLink>> StopReadingAsync(TimeSpan timeout)
    {
        // The gates first: a reader that has not finished may still be handing a message on, and is waited for.
        foreach (var connection in _connections)
        {
            connection?.StopReading();
        }

        await CloseAsync().ConfigureAwait(false);
        if (!await ReadersEndWithinAsync(timeout).ConfigureAwait(false))
        {
            // Behind their gates they hand nothing on, so the counts hold all the same.
            LogReadersLingered(_logger, _id, timeout.TotalSeconds);
        }

        var unread = new List<UnreadLink>();
        for (var peer = 1; peer <= _machineCount; peer++)
        {
            if (peer != _id && _connections[peer] is not { ReadToEnd: true })
            {
                unread.Add(new UnreadLink(peer, _id, _connections[peer]?.ReadThrough ?? 0));
            }
        }

        return unread;
    }

    /// <returns>Whether every reader of this machine ended within <paramref name="timeout"/>.</returns>
    private async Task<bool> ReadersEndWithinAsync(TimeSpan timeout)
    {
        Task[] readers;
        lock (_readers)
        {
            readers = [.. _readers];
        }

        try
        {
            await Task.WhenAll(readers).WaitAsync(timeout, _time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        _shutdown.Dispose();
    }

    /// <summary>Closes the listener and every connection, and ends the accept loop; closing twice does no harm.</summary>
    private async Task CloseAsync()
    {
        _closing = true;
        await _shutdown.CancelAsync().ConfigureAwait(false);
        _listener?.Dispose();
        foreach (var connection in _connections)
        {
            connection?.Dispose();
        }

        await _acceptLoop.ConfigureAwait(false);
    }

    private async Task DialAsync(int peer, CancellationToken cancellationToken)
    {
        var port = await _directory.GetPortAsync(peer, cancellationToken).ConfigureAwait(false);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken).ConfigureAwait(false);
            var reader = new FrameReader(socket, _codec, _vectors);
            await Handshake.SendHelloAsync(socket, _token, _id, cancellationToken).ConfigureAwait(false);
            var answeredBy = await Handshake.ReadHelloAsync(reader, _token, cancellationToken)
                .WaitAsync(Handshake.Timeout, _time, cancellationToken).ConfigureAwait(false);
            if (answeredBy != peer)
            {
                throw new InvalidFrameException($"machine {peer}'s port answered as machine {answeredBy}");
            }

            Register(new PeerConnection(peer, socket, reader));
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The listener closes when the run ends; that is the only way out of this loop.
                return;
            }

            socket.NoDelay = true;
            _ = AcceptPeerAsync(socket, cancellationToken);
        }
    }

    private async Task AcceptPeerAsync(Socket socket, CancellationToken cancellationToken)
    {
        try
        {
            var reader = new FrameReader(socket, _codec, _vectors);
            var peer = await Handshake.ReadHelloAsync(reader, _token, cancellationToken)
                .WaitAsync(Handshake.Timeout, _time, cancellationToken).ConfigureAwait(false);
            if (peer <= _id || peer > _machineCount)
            {
                throw new InvalidFrameException($"machine {peer} is not a machine that dials machine {_id}");
            }

            if (Volatile.Read(ref _connections[peer]) is not null)
            {
                throw new InvalidFrameException($"machine {peer} is already connected");
            }

            await Handshake.SendHelloAsync(socket, _token, _id, cancellationToken).ConfigureAwait(false);
            Register(new PeerConnection(peer, socket, reader));
        }
        catch (Exception e) when (e is InvalidFrameException or SocketException or OperationCanceledException or IOException or TimeoutException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                _refusals.Refuse(_id, socket.RemoteEndPoint, e, Handshake.Timeout);
            }

            socket.Dispose();
        }
    }

    private void Register(PeerConnection connection)
    {
        if (Interlocked.CompareExchange(ref _connections[connection.PeerId], connection, null) is not null)
        {
            connection.Dispose();
            throw new InvalidFrameException($"machine {connection.PeerId} is already connected");
        }

        lock (_readers)
        {
            _readers.Add(ReadLoopAsync(connection, _shutdown.Token));
        }

        if (Interlocked.Increment(ref _connected) == _machineCount - 1)
        {
            _meshComplete.TrySetResult();
        }
    }

    private async Task ReadLoopAsync(PeerConnection connection, CancellationToken cancellationToken)
    {
        // Yield first: the connection is registered from inside the handshake, which must not wait for the first frame.
        await Task.Yield();
        try
        {
            while (await connection.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } frame)
            {
                if (frame.Kind == FrameKind.Sync && _sync is not null && frame.Sync.From == connection.PeerId && frame.Sync.To == _id)
                {
                    TakeSync(frame.Sync);
                    continue;
                }

                if (frame.Kind != FrameKind.Message || frame.Message.Sender != connection.PeerId)
                {
                    throw new InvalidFrameException($"a {frame.Kind} frame from machine {frame.MachineId} on machine {connection.PeerId}'s connection");
                }

                if (!HandOn(connection, frame.Message))
                {
                    return;
                }
            }

            connection.MarkReadToEnd();
            if (!_closing)
            {
                LogPeerClosed(_logger, _id, connection.PeerId);
            }
        }
        catch (InvalidFrameException e)
        {
            LogBadFrame(_logger, _id, connection.PeerId, e.Message);
            connection.Dispose();
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            if (!_closing)
            {
                LogPeerLost(_logger, _id, connection.PeerId, e.Message);
            }
        }
    }

    /// <summary>
    /// Hands a synchronisation message to the run's sync the moment it arrives, or once its configured delay has passed
    /// (on a timer: it never holds up the reader); one due after the run's end finds the sync stopped and is dropped.
    /// </summary>
    private void TakeSync(SyncMessage sync)
    {
        if (sync.DelayNanoseconds is not { } delay)
        {
            _sync!.Arrive(sync, _time.GetTimestamp());
            return;
        }

        var wait = _time.GetElapsedTime(_time.GetTimestamp(), _timeline.TimestampAfter(sync.SentTimestamp, delay));
        _ = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, _time, _shutdown.Token)
            .ContinueWith(_ => _sync!.Arrive(sync, _time.GetTimestamp()), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    /// <summary>Puts a message read from <paramref name="connection"/> on the queue or in the delay line, unless its reading has stopped.</summary>
    /// <returns><see langword="false"/> when reading has stopped: the message stays unread, and in flight.</returns>
    private bool HandOn(PeerConnection connection, in Message message)
    {
        lock (connection.ReadGate)
        {
            if (connection.ReadingStopped)
            {
                return false;
            }

            if (message.DelayNanoseconds is { } delay)
            {
                _delayLine.Hold(_id, _inbox, message, _timeline.TimestampAfter(message.SentTimestamp, delay));
            }
            else
            {
                _inbox.Deliver(message);
                _latency.Record(message.SentTimestamp, _time.GetTimestamp());
            }

            connection.MarkRead(message.Sequence);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine {Machine} closed its connection with machine {Peer}: {Reason}.")]
    private static partial void LogBadFrame(ILogger logger, int machine, int peer, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine {Peer} closed its connection to machine {Machine} before the run ended.")]
    private static partial void LogPeerClosed(ILogger logger, int machine, int peer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine {Machine} lost its connection with machine {Peer}: {Reason}.")]
    private static partial void LogPeerLost(ILogger logger, int machine, int peer, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine {Machine}: messages were still on the way after {Seconds} s; they are counted as in flight.")]
    private static partial void LogDrainTimedOut(ILogger logger, int machine, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine {Machine}: a connection reader was still running {Seconds} s after its connection closed; it hands nothing on.")]
    private static partial void LogReadersLingered(ILogger logger, int machine, double seconds);
}
