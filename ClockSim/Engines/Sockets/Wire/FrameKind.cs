namespace ClockSim.Engines.Sockets.Wire;

/// <summary>The first byte of every frame's payload.</summary>
internal enum FrameKind : byte
{
    Hello = 1,
    Message = 2,
}
