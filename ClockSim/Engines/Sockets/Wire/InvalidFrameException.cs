namespace ClockSim.Engines.Sockets.Wire;

/// <summary>A peer sent bytes that are not a valid frame, or a valid frame out of place.</summary>
internal sealed class InvalidFrameException(string message) : Exception(message);
