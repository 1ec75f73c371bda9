namespace ClockSim.Bench;

/// <summary>A scenario's child process ended without its figures; the bench stops with this one line.</summary>
internal sealed class BenchFailedException(string message) : Exception(message);
