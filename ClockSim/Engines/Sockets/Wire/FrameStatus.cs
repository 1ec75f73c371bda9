namespace ClockSim.Engines.Sockets.Wire;

/// <summary>The outcome of decoding the start of a buffer.</summary>
internal enum FrameStatus
{
    /// <summary>A whole frame was decoded.</summary>
    Complete,

    /// <summary>The buffer holds only the start of a frame: read more.</summary>
    Incomplete,

    /// <summary>The bytes are not a valid frame; the connection cannot be trusted any further.</summary>
    Malformed,
}
