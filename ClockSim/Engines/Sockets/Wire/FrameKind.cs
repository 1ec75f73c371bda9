namespace ClockSim.Engines.Sockets.Wire;

/// <summary>The first byte of every frame's payload.</summary>
internal enum FrameKind : byte
{
    Hello = 1,
    Message = 2,

    /// <summary>A message of the clocks' synchronisation: a request for the time, or the time server's reply.</summary>
    Sync = 3,
}
