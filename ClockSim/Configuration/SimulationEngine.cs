namespace ClockSim.Configuration;

/// <summary>How a run is carried out: the same machine rules on real time and sockets, or on simulated time.</summary>
public enum SimulationEngine
{
    /// <summary>Real time and real loopback TCP: the scale model a person watches.</summary>
    Sockets,

    /// <summary>Simulated time and an in-memory network on one thread: exact replay from the seed, long and large runs, sweeps.</summary>
    Virtual,
}
