using System.Runtime.CompilerServices;
using System.Net.Sockets;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// Reads frames from a socket through one reusable buffer: one receive call often brings several
/// frames, and none is allocated on the way; a message's vector clock goes into an array of the receiving machine's
/// <paramref name="vectors"/> (a new one without them).
/// </summary>
internal sealed class FrameReader(Socket socket, FrameCodec codec, ReceivedVectors? vectors = null)
{
    // A frame of a small run is tens of bytes, so 1 KB takes dozens at once; the buffer grows to one whole frame of
    // the largest run (a 128-machine vector: about 1.1 KB), and 128 machines hold 16,256 of them.
    // A receive pins its buffer for as long as it waits: on the pinned heap, thousands of waiting receives do
    // not fragment the young generation and slow every collection (bench, 128 machines: 50 ms pauses).
    private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(Math.Max(1024, codec.MaxFrameLength), pinned: true);
    private int _start;

    /// <summary>The run's wire format, which this reader decodes and its connection's writer encodes.</summary>
    public FrameCodec Codec => codec;
    private int _end;

    /// <summary>The next frame, or <see langword="null"/> when the peer closed the connection between frames.</summary>
    /// <exception cref="InvalidFrameException">The bytes are not a valid frame, or the connection ended inside one.</exception>
    // A read that waits for the network completes later on a state machine of its own: from a pool, not a new one per
    // frame waited for, which at 128 machines was most of what the run allocated.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = codec.TryDecode(_buffer.AsSpan(_start, _end - _start), out var frame, out var consumed, out var error, vectors);
            if (status == FrameStatus.Complete)
            {
                _start += consumed;
                return frame;
            }

            if (status == FrameStatus.Malformed)
            {
                throw new InvalidFrameException(error!);
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            var read = await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return _end == 0 ? null : throw new InvalidFrameException($"the connection closed inside a frame ({_end} bytes of it received)");
            }

            _end += read;
        }
    }
}
