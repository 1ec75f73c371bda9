using ClockSim.Model;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// A decoded frame: a <see cref="FrameKind.Hello"/> carries the run token and the machine id of the
/// side that sent it; a <see cref="FrameKind.Message"/> carries a <see cref="Model.Message"/>; a <see cref="FrameKind.Sync"/>
/// carries a <see cref="SyncMessage"/>.
/// </summary>
internal readonly struct Frame
{
    private readonly byte[]? _token;

    private Frame(FrameKind kind, byte[]? token, int machineId, Message message, SyncMessage sync = default)
    {
        Kind = kind;
        _token = token;
        MachineId = machineId;
        Message = message;
        Sync = sync;
    }

    public FrameKind Kind { get; }

    public ReadOnlySpan<byte> Token => _token;

    public int MachineId { get; }

    public Message Message { get; }

    public SyncMessage Sync { get; }

    public static Frame Hello(ReadOnlySpan<byte> token, int machineId) => new(FrameKind.Hello, token.ToArray(), machineId, default);

    public static Frame OfMessage(Message message) => new(FrameKind.Message, null, message.Sender, message);

    public static Frame OfSync(SyncMessage sync) => new(FrameKind.Sync, null, sync.From, default, sync);
}
